/* The variable gets a fresh channel between the two closes. */
#include <co.h>

static void run(void *arg) {
    (void)arg;
    co_chan *gen = co_chan_make(0, 0);
    co_chan_close(gen);
    gen = co_chan_make(0, 0);
    co_chan_close(gen);
}

int main(void) { return co_main(run, NULL); }
