// run: panic
/* The close sits in the loop body without a break: the second iteration
 * closes the channel again. */
#include <co.h>

static void run(void *arg) {
    (void)arg;
    co_chan *stop = co_chan_make(0, 0);
    for (int round = 0; round < 2; round++) {
        co_sleep(1 * CO_MILLISECOND);
        co_chan_close(stop); // want "second close of stop"
    }
}

int main(void) { return co_main(run, NULL); }
