/* After the cancel the variable holds a new context. */
#include <co.h>

int attempt(co_ctx *ctx);

int retry(co_ctx *parent, int n) {
    co_cancel_fn cancel;
    co_ctx *ctx = co_with_timeout(parent, CO_SECOND, &cancel);
    for (int i = 0; i < n && attempt(ctx) != 0; i++) {
        co_cancel(&cancel);
        ctx = co_with_timeout(parent, CO_SECOND, &cancel);
    }
    int err = co_ctx_err(ctx);
    co_cancel(&cancel);
    return err;
}
