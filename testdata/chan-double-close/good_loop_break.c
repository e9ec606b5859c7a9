/* The close in the loop is followed by a break. */
#include <co.h>

static void run(void *arg) {
    (void)arg;
    co_chan *stop = co_chan_make(0, 0);
    for (int round = 0; round < 3; round++) {
        if (round == 1) {
            co_chan_close(stop);
            break;
        }
    }
}

int main(void) { return co_main(run, NULL); }
