/* Cancelling the child does not free the parent the function still uses. */
#include <co.h>

int step(co_ctx *ctx, int i);

int steps(co_ctx *parent, int n) {
    for (int i = 0; i < n; i++) {
        co_cancel_fn cancel;
        co_ctx *child = co_with_timeout(parent, CO_SECOND, &cancel);
        int rc = step(child, i);
        co_cancel(&cancel);
        if (rc != 0)
            return rc;
        if (co_ctx_err(parent))
            return -1;
    }
    return 0;
}
