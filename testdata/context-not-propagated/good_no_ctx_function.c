/* A function with no context of its own may start from co_background(). */
#include <co.h>

int fetch(co_ctx *ctx, const char *url);

int warm_cache(const char *url) {
    co_cancel_fn cancel;
    co_ctx *ctx = co_with_timeout(co_background(), CO_SECOND, &cancel);
    int rc = fetch(ctx, url);
    co_cancel(&cancel);
    return rc;
}
