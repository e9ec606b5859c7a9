/* Every use of the context comes before its cancel. */
#include <co.h>

int attempt(co_ctx *ctx);

int run_once(co_ctx *parent) {
    co_cancel_fn cancel;
    co_ctx *ctx = co_with_timeout(parent, CO_SECOND, &cancel);
    int rc = attempt(ctx);
    int err = co_ctx_err(ctx);
    co_cancel(&cancel);
    if (rc != 0 && err == CO_DEADLINE_EXCEEDED)
        return -2;
    return rc;
}
