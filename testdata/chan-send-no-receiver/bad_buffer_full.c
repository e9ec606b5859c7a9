// run: deadlock
/* The buffer holds one value; the second send waits for a receiver that
 * cannot exist. */
#include <co.h>

static void run(void *arg) {
    (void)arg;
    co_chan *pending = co_chan_make(sizeof(int), 1);
    int a = 1, b = 2;
    co_chan_send(pending, &a);
    co_chan_send(pending, &b); // want "send on pending blocks forever.*full"
}

int main(void) { return co_main(run, NULL); }
