/* The waiter is joined (through a channel) before the next Add. */
#include <co.h>

static co_waitgroup wg;

static void task(void *arg) { (void)arg; co_wg_done(&wg); }

static void waiter(void *arg) {
    co_chan *done = arg;
    co_wg_wait(&wg);
    co_chan_close(done);
}

static void run(void *arg) {
    (void)arg;
    co_chan *done = co_chan_make(0, 0);
    co_wg_add(&wg, 1);
    co_go(task, NULL);
    co_go(waiter, done);
    co_chan_recv(done, NULL);
    co_chan_free(done);
    co_wg_add(&wg, 1);
    co_go(task, NULL);
    co_wg_wait(&wg);
}

int main(void) { return co_main(run, NULL); }
