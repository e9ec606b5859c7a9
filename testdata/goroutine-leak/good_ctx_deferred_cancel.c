/* A defer guard cancels the context on every path, the early return too.
 * The watcher holds its own reference (co_ctx_retain), as it may run after
 * the creator's cancel has dropped the creator's one. */
#include <co.h>
#include <stdlib.h>

static void watcher(void *arg) {
    co_ctx *ctx = arg;
    co_chan_recv(co_ctx_done(ctx), NULL);
    co_ctx_release(ctx);
}

static int connect_db(void) { return getenv("CVET_NEVER_SET_THIS") ? 0 : -1; }

static void run(void *arg) {
    (void)arg;
    co_cancel_fn cancel;
    co_ctx *ctx = co_with_cancel(co_background(), &cancel);
    CO_DEFER_CANCEL(&cancel);
    co_ctx_retain(ctx);
    co_go(watcher, ctx);
    if (connect_db() < 0)
        return;
    co_sleep(1 * CO_MILLISECOND);
}

int main(void) { return co_main(run, NULL); }
