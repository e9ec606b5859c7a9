/* The result channel has room for the one result: the goroutine never
 * blocks, even when the caller has given up. */
#include <co.h>

struct call {
    co_ctx *ctx;
    co_chan *reply;
};

static void backend(void *arg) {
    struct call *c = arg;
    int v = 42;
    co_chan_send(c->reply, &v);
}

int call_backend(co_ctx *ctx, struct call *c) {
    int v = 0;
    c->ctx = ctx;
    c->reply = co_chan_make(sizeof(int), 1);
    co_go(backend, c);
    co_case cases[] = { CO_RECV(c->reply, &v), CO_RECV(co_ctx_done(ctx), NULL) };
    if (co_select(cases, 2) == 1)
        return -1;
    return v;
}
