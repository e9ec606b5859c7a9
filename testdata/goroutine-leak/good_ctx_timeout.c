/* A timeout context is cancelled by its deadline even when the caller
 * forgets: the watcher ends (the cancel still runs, for the leak check). */
#include <co.h>

static void watcher(void *arg) {
    co_ctx *ctx = arg;
    co_chan_recv(co_ctx_done(ctx), NULL);
}

static void run(void *arg) {
    (void)arg;
    co_cancel_fn cancel;
    co_ctx *ctx = co_with_timeout(co_background(), 1 * CO_MILLISECOND, &cancel);
    co_go(watcher, ctx);
    co_sleep(5 * CO_MILLISECOND);
    co_cancel(&cancel);
}

int main(void) { return co_main(run, NULL); }
