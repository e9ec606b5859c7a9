/* The goroutine uses the context without retaining it, and the guard
 * cancels (frees) it as soon as the function returns. */
#include <co.h>

static void watcher(void *arg) {
    co_ctx *ctx = arg;
    co_chan_recv(co_ctx_done(ctx), NULL);
}

void start(co_ctx *parent) {
    co_cancel_fn cancel;
    co_ctx *ctx = co_with_cancel(parent, &cancel);
    CO_DEFER_CANCEL(&cancel);
    co_go(watcher, ctx); // want "goroutine watcher uses ctx without co_ctx_retain"
}
