/* The error branch closes and returns before the send. */
#include <co.h>
#include <stdlib.h>

static void run(void *arg) {
    (void)arg;
    co_chan *out = co_chan_make(sizeof(int), 4);
    if (getenv("CVET_NEVER_SET_THIS") != NULL) {
        co_chan_close(out);
        return;
    }
    int v = 2;
    co_chan_send(out, &v);
    co_chan_close(out);
}

int main(void) { return co_main(run, NULL); }
