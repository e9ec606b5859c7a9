// run: panic
/* A select with a send case on a closed channel: the send case is ready and
 * panics when taken. */
#include <co.h>

static void run(void *arg) {
    (void)arg;
    co_chan *out = co_chan_make(sizeof(int), 1);
    co_chan_close(out);
    int v = 1;
    co_case cases[1] = { CO_SEND(out, &v) };
    co_select(cases, 1); // want "send on out after it was closed"
}

int main(void) { return co_main(run, NULL); }
