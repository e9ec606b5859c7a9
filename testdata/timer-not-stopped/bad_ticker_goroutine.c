// run: leak
/* A polling goroutine leaves its loop and returns without stopping the ticker. */
#include <co.h>

static co_waitgroup wg = CO_WAITGROUP_INIT;

static void poller(void *arg) {
    co_chan *done = arg;
    co_ticker *tk = co_ticker_new(5 * CO_MILLISECOND); // want "ticker tk .*never stopped"
    for (;;) {
        co_case cases[] = { CO_RECV(done, NULL), CO_RECV(co_ticker_chan(tk), NULL) };
        if (co_select(cases, 2) == 0)
            break;
    }
    co_wg_done(&wg);
}

static void main_fn(void *arg) {
    (void)arg;
    co_chan *done = co_chan_make(sizeof(int), 0);
    co_wg_add(&wg, 1);
    co_go(poller, done);
    co_sleep(20 * CO_MILLISECOND);
    co_chan_close(done);
    co_wg_wait(&wg);
    co_chan_free(done);
}

int main(void) { return co_main(main_fn, NULL); }
