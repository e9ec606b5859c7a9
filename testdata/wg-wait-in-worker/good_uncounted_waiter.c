/* A waiter goroutine that is not counted by the group it waits on. */
#include <co.h>

static co_waitgroup wg;

static void worker(void *arg) { (void)arg; co_wg_done(&wg); }

static void closer(void *arg) {
    co_chan *done = arg;
    co_wg_wait(&wg);
    co_chan_close(done);
}

static void run(void *arg) {
    (void)arg;
    co_chan *done = co_chan_make(0, 0);
    co_wg_add(&wg, 2);
    co_go(worker, NULL);
    co_go(worker, NULL);
    co_go(closer, done);
    co_chan_recv(done, NULL);
    co_chan_free(done);
}

int main(void) { return co_main(run, NULL); }
