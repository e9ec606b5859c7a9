/* The timeout is derived from the caller's context. */
#include <co.h>

int lookup(co_ctx *ctx, int key);

int handler(co_ctx *ctx, int key) {
    co_cancel_fn cancel;
    co_ctx *lctx = co_with_timeout(ctx, CO_SECOND, &cancel);
    CO_DEFER_CANCEL(&cancel);
    return lookup(lctx, key);
}
