/* A cancelled (freed) context is returned to the caller. */
#include <co.h>

co_ctx *probe(co_ctx *parent) {
    co_cancel_fn cancel;
    co_ctx *ctx = co_with_cancel(parent, &cancel);
    co_cancel(&cancel);
    return ctx; // want "ctx is used after co_cancel"
}
