// run: panic
/* The send comes after the close on the same path. */
#include <co.h>

static void run(void *arg) {
    (void)arg;
    co_chan *out = co_chan_make(sizeof(int), 4);
    int v = 1;
    co_chan_send(out, &v);
    co_chan_close(out);
    co_chan_send(out, &v); // want "send on out after it was closed"
}

int main(void) { return co_main(run, NULL); }
