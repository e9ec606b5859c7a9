/* Two sends into a two-slot buffer, then two receives: never blocks. */
#include <co.h>

static void run(void *arg) {
    (void)arg;
    co_chan *pending = co_chan_make(sizeof(int), 2);
    int a = 1, b = 2;
    co_chan_send(pending, &a);
    co_chan_send(pending, &b);
    co_chan_recv(pending, &a);
    co_chan_recv(pending, &b);
    co_chan_free(pending);
}

int main(void) { return co_main(run, NULL); }
