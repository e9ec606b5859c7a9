/* The helper receives the cancel function but only inspects it. */
#include <co.h>

static int is_armed(co_cancel_fn *c) { return c->ctx != NULL; }

int probe(co_ctx *parent) {
    co_cancel_fn cancel;
    co_ctx *ctx = co_with_cancel(parent, &cancel); // want "cancel .*not called"
    int armed = is_armed(&cancel);
    return armed + co_ctx_err(ctx);
}
