/* The producer is running before the receive. */
#include <co.h>

static void produce(void *arg) {
    co_chan *out = arg;
    int v = 1;
    co_chan_send(out, &v);
}

static void run(void *arg) {
    (void)arg;
    co_chan *out = co_chan_make(sizeof(int), 0);
    co_go(produce, out);
    int v;
    co_chan_recv(out, &v);
}

int main(void) { return co_main(run, NULL); }
