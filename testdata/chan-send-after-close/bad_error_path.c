// run: panic
/* The error branch closes the output but does not return. */
#include <co.h>
#include <stdlib.h>

static void run(void *arg) {
    (void)arg;
    co_chan *out = co_chan_make(sizeof(int), 4);
    if (getenv("CVET_NEVER_SET_THIS") == NULL)
        co_chan_close(out); /* missing return */
    int v = 2;
    co_chan_send(out, &v); // want "send on out after it was closed"
}

int main(void) { return co_main(run, NULL); }
