// run: deadlock
/* The sends are in a helper: two calls fill the one-slot buffer and block
 * in the second call. */
#include <co.h>

static void put(co_chan *c, int v) { co_chan_send(c, &v); }

static void run(void *arg) {
    (void)arg;
    co_chan *log = co_chan_make(sizeof(int), 1);
    put(log, 1);
    put(log, 2); // want "send on log blocks forever"
    int v;
    co_chan_recv(log, &v);
}

int main(void) { return co_main(run, NULL); }
