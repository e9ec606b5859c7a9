// run: panic
/* Two closes on one straight path. */
#include <co.h>

static void run(void *arg) {
    (void)arg;
    co_chan *done = co_chan_make(0, 0);
    co_chan_close(done);
    co_chan_close(done); // want "second close of done"
}

int main(void) { return co_main(run, NULL); }
