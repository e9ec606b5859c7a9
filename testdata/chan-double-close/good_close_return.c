/* The error branch closes and returns: one close per path. */
#include <co.h>
#include <stdlib.h>

static void run(void *arg) {
    (void)arg;
    co_chan *out = co_chan_make(sizeof(int), 4);
    if (getenv("CVET_NEVER_SET_THIS") != NULL) {
        co_chan_close(out);
        return;
    }
    co_chan_close(out);
}

int main(void) { return co_main(run, NULL); }
