/* A helper starts the consumer on the channel it is given: afterwards a
 * receiver exists. */
#include <co.h>

static void consume(void *arg) {
    co_chan *in = arg;
    int v;
    co_chan_recv(in, &v);
}

static void start_consumer(co_chan *c) { co_go(consume, c); }

static void run(void *arg) {
    (void)arg;
    co_chan *in = co_chan_make(sizeof(int), 0);
    start_consumer(in);
    int v = 9;
    co_chan_send(in, &v);
}

int main(void) { return co_main(run, NULL); }
