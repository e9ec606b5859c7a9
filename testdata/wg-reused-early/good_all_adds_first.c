/* Every Add happens before the waiter starts. */
#include <co.h>

static co_waitgroup wg;

static void worker(void *arg) { (void)arg; CO_DEFER_DONE(&wg); }

static void waiter(void *arg) {
    co_chan *done = arg;
    co_wg_wait(&wg);
    co_chan_close(done);
}

static void run(void *arg) {
    (void)arg;
    co_chan *done = co_chan_make(0, 0);
    for (int i = 0; i < 3; i++) {
        co_wg_add(&wg, 1);
        co_go(worker, NULL);
    }
    co_go(waiter, done);
    co_chan_recv(done, NULL);
    co_chan_free(done);
}

int main(void) { return co_main(run, NULL); }
