/* The cancel function is handed to the caller through an out parameter
 * and returned inside a struct. */
#include <co.h>

co_ctx *with_budget(co_ctx *parent, co_duration budget, co_cancel_fn *out_cancel) {
    co_cancel_fn cancel;
    co_ctx *ctx = co_with_timeout(parent, budget, &cancel);
    *out_cancel = cancel;
    return ctx;
}

struct scoped { co_ctx *ctx; co_cancel_fn cancel; };

struct scoped scoped_ctx(co_ctx *parent) {
    struct scoped s;
    s.ctx = co_with_cancel(parent, &s.cancel);
    return s;
}
