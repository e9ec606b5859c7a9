/* clean.c: uses every primitive correctly (joined goroutines, stopped
 * timers and tickers, cancelled contexts, fired co_after): silent, exit 0.
 * expect-exit: 0
 * expect-leaks: 0
 * expect-stderr-empty
 */
#include <co.h>
#include <stdio.h>

static co_waitgroup wg = CO_WAITGROUP_INIT;
static co_mutex mu = CO_MUTEX_INIT;
static co_rwmutex rw = CO_RWMUTEX_INIT;
static co_once once = CO_ONCE_INIT;
static long total; /* guarded by mu */
static int step = 1; /* guarded by rw */

static void init_once(void *arg) { (void)arg; }

static void worker(void *arg) {
    co_ctx *ctx = arg;
    CO_DEFER_DONE(&wg);
    co_once_do(&once, init_once, NULL);
    co_chan *jobs = co_chan_make(sizeof(int), 0);
    co_chan_close(jobs);
    for (int i = 0; i < 10; i++) {
        co_case cs[2] = {CO_RECV(co_ctx_done(ctx), NULL), CO_RECV(co_after(CO_MICROSECOND), NULL)};
        if (co_select(cs, 2) == 0) break;
        int d;
        {
            co_rwmutex_rlock(&rw);
            CO_DEFER_RUNLOCK(&rw);
            d = step;
        }
        {
            co_mutex_lock(&mu);
            CO_DEFER_UNLOCK(&mu);
            total += i * d;
        }
    }
    co_chan_free(jobs);
    co_ctx_release(ctx);
}

static void run(void *arg) {
    (void)arg;
    co_cancel_fn cancel;
    co_ctx *ctx = co_with_timeout(co_background(), 10 * CO_SECOND, &cancel);
    CO_DEFER_CANCEL(&cancel);
    for (int i = 0; i < 8; i++) {
        co_wg_add(&wg, 1);
        co_go(worker, co_ctx_retain(ctx));
    }
    co_timer *t = co_timer_new(CO_MILLISECOND);
    CO_DEFER_TIMER_STOP(t);
    co_ticker *tk = co_ticker_new(CO_MILLISECOND);
    CO_DEFER_TICKER_STOP(tk);
    co_chan_recv(co_timer_chan(t), NULL);
    co_chan_recv(co_ticker_chan(tk), NULL);
    co_chan_recv(co_after(CO_MILLISECOND), NULL);
    co_wg_wait(&wg);
    co_mutex_lock(&mu);
    printf("total %ld\n", total);
    co_mutex_unlock(&mu);
}

int main(void) { return co_main(run, NULL); }
