/* The handler has the request's context but derives its timeout from
 * co_background(): cancelling the request does not cancel the lookup. */
#include <co.h>

int lookup(co_ctx *ctx, int key);

int handler(co_ctx *ctx, int key) {
    co_cancel_fn cancel;
    co_ctx *lctx = co_with_timeout(co_background(), CO_SECOND, &cancel); // want "co_with_timeout .*co_background\(\).*handler .*ctx"
    CO_DEFER_CANCEL(&cancel);
    (void)ctx;
    return lookup(lctx, key);
}
