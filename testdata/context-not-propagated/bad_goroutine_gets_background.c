/* co_background() handed to a goroutine by a function that has a context. */
#include <co.h>

static void watcher(void *arg) {
    co_ctx *ctx = arg;
    co_chan_recv(co_ctx_done(ctx), NULL);
}

void start_watch(co_ctx *ctx) {
    (void)co_ctx_err(ctx);
    co_go(watcher, co_background()); // want "co_background\(\) passed to goroutine watcher"
}
