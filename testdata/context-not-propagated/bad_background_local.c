/* The background context goes through a local before being used as parent. */
#include <co.h>

int query(co_ctx *ctx, int id);

int load(co_ctx *ctx, int id) {
    co_ctx *bg = co_background();
    co_cancel_fn cancel;
    co_ctx *qctx = co_with_cancel(bg, &cancel); // want "co_with_cancel .*co_background\(\)"
    int rc = query(qctx, id);
    co_cancel(&cancel);
    (void)ctx;
    return rc;
}
