// run: panic
/* The error branch closes the channel but forgets to return; the normal
 * close then runs again. */
#include <co.h>
#include <stdlib.h>

static void run(void *arg) {
    (void)arg;
    co_chan *out = co_chan_make(sizeof(int), 4);
    if (getenv("CVET_NEVER_SET_THIS") == NULL)
        co_chan_close(out); /* missing return */
    int v = 1;
    (void)v;
    co_chan_close(out); // want "second close of out"
}

int main(void) { return co_main(run, NULL); }
