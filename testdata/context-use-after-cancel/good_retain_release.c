/* The spawner retains the context for the goroutine, which releases it
 * when it is done: the creator's cancel does not free it under its feet. */
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
    co_ctx *ctx = co_with_cancel(parent, &cancel);
    CO_DEFER_CANCEL(&cancel);
    co_go(watcher, co_ctx_retain(ctx));
}

static void main_fn(void *arg) {
    (void)arg;
    co_wg_add(&wg, 1);
    start(co_background());
    co_wg_wait(&wg);
}

int main(void) { return co_main(main_fn, NULL); }
