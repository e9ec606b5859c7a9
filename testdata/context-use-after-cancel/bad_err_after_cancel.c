/* The error is read after the cancel dropped the last reference. */
#include <co.h>

int attempt(co_ctx *ctx);

int run_once(co_ctx *parent) {
    co_cancel_fn cancel;
    co_ctx *ctx = co_with_timeout(parent, CO_SECOND, &cancel);
    int rc = attempt(ctx);
    co_cancel(&cancel);
    if (rc != 0 && co_ctx_err(ctx) == CO_DEADLINE_EXCEEDED) // want "ctx is used after co_cancel\(&cancel\) at line 10"
        return -2;
    return rc;
}
