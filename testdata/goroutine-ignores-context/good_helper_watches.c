/* The goroutine's loop delegates to a helper that watches the context. */
#include <co.h>

struct stream {
    co_ctx *ctx;
    co_chan *in;
    co_chan *out;
};

static int forward_one(co_ctx *ctx, co_chan *in, co_chan *out) {
    int v;
    co_case cases[] = { CO_RECV(in, &v), CO_RECV(co_ctx_done(ctx), NULL) };
    if (co_select(cases, 2) != 0 || !cases[0].ok)
        return 0;
    co_case sends[] = { CO_SEND(out, &v), CO_RECV(co_ctx_done(ctx), NULL) };
    return co_select(sends, 2) == 0;
}

static void pump(void *arg) {
    struct stream *s = arg;
    while (forward_one(s->ctx, s->in, s->out)) {
    }
}

void start_pump(co_ctx *ctx, struct stream *s) {
    s->ctx = ctx;
    co_go(pump, s);
}
