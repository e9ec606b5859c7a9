/* The context is passed down to callees and goroutines. */
#include <co.h>

int fetch(co_ctx *ctx, const char *url);

static void watcher(void *arg) {
    co_ctx *ctx = arg;
    co_chan_recv(co_ctx_done(ctx), NULL);
}

int refresh(co_ctx *ctx, const char *url) {
    co_go(watcher, ctx);
    return fetch(ctx, url);
}
