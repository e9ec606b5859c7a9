/* A one-slot buffer used as a queue: each send is followed by a receive. */
#include <co.h>

static void run(void *arg) {
    (void)arg;
    co_chan *slot = co_chan_make(sizeof(int), 1);
    int v = 1;
    co_chan_send(slot, &v);
    co_chan_recv(slot, &v);
    co_chan_send(slot, &v);
    co_chan_recv(slot, &v);
    co_chan_free(slot);
}

int main(void) { return co_main(run, NULL); }
