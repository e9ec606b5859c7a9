// run: deadlock
/* The worker that should signal done was never started. */
#include <co.h>

static void run(void *arg) {
    (void)arg;
    co_chan *done = co_chan_make(0, 0);
    co_chan_recv(done, NULL); // want "receive from done blocks forever"
}

int main(void) { return co_main(run, NULL); }
