/* The consumer is spawned before the send: a receiver exists. */
#include <co.h>

static void consume(void *arg) {
    co_chan *in = arg;
    int v;
    while (co_chan_recv(in, &v)) {
    }
}

static void run(void *arg) {
    (void)arg;
    co_chan *in = co_chan_make(sizeof(int), 0);
    co_go(consume, in);
    int first = 1;
    co_chan_send(in, &first);
    co_chan_close(in);
}

int main(void) { return co_main(run, NULL); }
