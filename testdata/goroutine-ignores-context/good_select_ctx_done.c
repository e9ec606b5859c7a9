/* The goroutine selects on the context's done channel next to its work. */
#include <co.h>

struct consumer {
    co_ctx *ctx;
    co_chan *in;
    long sum;
};

static void consume(void *arg) {
    struct consumer *c = arg;
    int v;
    for (;;) {
        co_case cases[] = { CO_RECV(c->in, &v), CO_RECV(co_ctx_done(c->ctx), NULL) };
        if (co_select(cases, 2) == 1 || !cases[0].ok)
            return;
        c->sum += v;
    }
}

void start_consumer(co_ctx *ctx, struct consumer *c) {
    c->ctx = ctx;
    co_go(consume, c);
}
