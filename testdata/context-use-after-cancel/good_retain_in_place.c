/* The spawner takes a reference for the goroutine with co_ctx_retain(ctx)
 * before the spawn (the result is the same pointer); the goroutine drops
 * it when done, so the guard's cancel frees nothing under its feet. */
#include <co.h>

static co_waitgroup wg = CO_WAITGROUP_INIT;

static void watcher(void *arg) {
    co_ctx *ctx = arg;
    co_chan_recv(co_ctx_done(ctx), NULL);
    co_ctx_release(ctx);
    co_wg_done(&wg);
}

static void start(co_ctx *parent) {
    co_cancel_fn cancel;
    co_ctx *ctx = co_with_timeout(parent, CO_MILLISECOND, &cancel);
    CO_DEFER_CANCEL(&cancel);
    co_ctx_retain(ctx);
    co_go(watcher, ctx);
}

static void main_fn(void *arg) {
    (void)arg;
    co_wg_add(&wg, 1);
    start(co_background());
    co_wg_wait(&wg);
}

int main(void) { return co_main(main_fn, NULL); }
