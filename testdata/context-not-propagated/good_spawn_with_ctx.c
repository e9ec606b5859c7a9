/* The goroutine gets the request's context and stops when it is cancelled. */
#include <co.h>

struct task {
    co_ctx *ctx;
    co_chan *out;
};

static void produce(void *arg) {
    struct task *t = arg;
    for (int i = 0;; i++) {
        co_case cases[] = { CO_SEND(t->out, &i), CO_RECV(co_ctx_done(t->ctx), NULL) };
        if (co_select(cases, 2) == 1)
            return;
    }
}

void start(co_ctx *ctx, struct task *t) {
    t->ctx = ctx;
    co_go(produce, t);
}
