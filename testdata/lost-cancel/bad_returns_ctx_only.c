/* The context is returned but its cancel is not: nobody can cancel it. */
#include <co.h>

co_ctx *request_ctx(co_ctx *parent, co_duration budget) {
    co_cancel_fn cancel;
    co_ctx *ctx = co_with_timeout(parent, budget, &cancel); // want "cancel function cancel is never used"
    return ctx;
}
