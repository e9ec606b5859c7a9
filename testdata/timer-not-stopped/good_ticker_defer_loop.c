/* A polling goroutine with CO_DEFER_TICKER_STOP: leaving the loop and
 * returning runs the guards (in reverse order). */
#include <co.h>

static co_waitgroup wg = CO_WAITGROUP_INIT;

static void poller(void *arg) {
    co_chan *done = arg;
    CO_DEFER_DONE(&wg);                 /* runs last: after the ticker is stopped */
    co_ticker *tk = co_ticker_new(2 * CO_MILLISECOND);
    CO_DEFER_TICKER_STOP(tk);
    for (;;) {
        co_case cases[] = { CO_RECV(done, NULL), CO_RECV(co_ticker_chan(tk), NULL) };
        if (co_select(cases, 2) == 0)
            break;
    }
}

static void main_fn(void *arg) {
    (void)arg;
    co_chan *done = co_chan_make(sizeof(int), 0);
    co_wg_add(&wg, 1);
    co_go(poller, done);
    co_sleep(10 * CO_MILLISECOND);
    co_chan_close(done);
    co_wg_wait(&wg);
    co_chan_free(done);
}

int main(void) { return co_main(main_fn, NULL); }
