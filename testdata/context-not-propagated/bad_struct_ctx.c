/* A goroutine that carries the request's context in its argument derives
 * its deadline from co_background() instead. */
#include <co.h>

struct req {
    co_ctx *ctx;
    co_chan *out;
};

int compute(co_ctx *ctx);

static void serve_req(void *arg) {
    struct req *r = arg;
    co_cancel_fn cancel;
    co_ctx *c = co_with_deadline(co_background(), co_now() + CO_SECOND, &cancel); // want "co_with_deadline .*co_background\(\).*r->ctx"
    int v = compute(c);
    co_cancel(&cancel);
    if (!co_ctx_err(r->ctx))
        co_chan_send(r->out, &v);
}

void start(struct req *r) {
    co_go(serve_req, r);
}
