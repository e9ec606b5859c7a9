/* The consumer goroutine blocks on its input forever once the producer
 * side is cancelled, and nothing closes the channel. */
#include <co.h>

struct consumer {
    co_ctx *ctx;
    co_chan *in;
    long sum;
};

static void consume(void *arg) {
    struct consumer *c = arg;
    int v;
    while (co_chan_recv(c->in, &v))
        c->sum += v;
}

void start_consumer(co_ctx *ctx, struct consumer *c) {
    c->ctx = ctx;
    co_go(consume, c); // want "goroutine consume .*never checks"
}
