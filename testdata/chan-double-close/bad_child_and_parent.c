// run: panic
/* The worker closes done when it finishes, and the parent closes it too
 * once it has seen it closed. */
#include <co.h>

static void worker(void *arg) {
    co_chan *done = arg;
    co_chan_close(done);
}

static void run(void *arg) {
    (void)arg;
    co_chan *done = co_chan_make(0, 0);
    co_go(worker, done);
    co_chan_recv(done, NULL);
    co_chan_close(done); // want "close of done can panic: goroutine worker"
}

int main(void) { return co_main(run, NULL); }
