/* A waiter goroutine is already in Wait while the spawner keeps adding. */
#include <co.h>

static co_waitgroup wg;

static void worker(void *arg) { (void)arg; CO_DEFER_DONE(&wg); }

static void waiter(void *arg) {
    co_chan *done = arg;
    co_wg_wait(&wg);
    co_chan_close(done);
}

void pump(co_chan *done, int n) {
    co_wg_add(&wg, 1);
    co_go(worker, NULL);
    co_go(waiter, done);
    for (int i = 0; i < n; i++) {
        co_wg_add(&wg, 1); // want "co_wg_add on wg can run while co_wg_wait on wg in waiter"
        co_go(worker, NULL);
    }
}
