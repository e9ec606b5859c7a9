/* Only the worker closes done; the parent just waits for it. */
#include <co.h>

static void worker(void *arg) {
    co_chan *done = arg;
    co_sleep(1 * CO_MILLISECOND);
    co_chan_close(done);
}

static void run(void *arg) {
    (void)arg;
    co_chan *done = co_chan_make(0, 0);
    co_go(worker, done);
    co_chan_recv(done, NULL);
}

int main(void) { return co_main(run, NULL); }
