/* The goroutine releases its reference, then reads the context again. */
#include <co.h>

static void watcher(void *arg) {
    co_ctx *ctx = arg;
    co_chan_recv(co_ctx_done(ctx), NULL);
    co_ctx_release(ctx);
    if (co_ctx_err(ctx) == CO_CANCELED) // want "ctx is used after co_ctx_release"
        return;
}

void start(co_ctx *parent) {
    co_cancel_fn cancel;
    co_ctx *ctx = co_with_cancel(parent, &cancel);
    CO_DEFER_CANCEL(&cancel);
    co_go(watcher, co_ctx_retain(ctx));
}
