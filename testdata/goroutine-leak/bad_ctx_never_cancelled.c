// run: leak
/* The watcher waits for its context to be cancelled, but the error path
 * returns without calling the cancel function. */
#include <co.h>
#include <stdlib.h>

static void watcher(void *arg) {
    co_ctx *ctx = arg;
    co_chan_recv(co_ctx_done(ctx), NULL); /* until cancelled */
}

static int connect_db(void) { return getenv("CVET_NEVER_SET_THIS") ? 0 : -1; }

static void run(void *arg) {
    (void)arg;
    co_cancel_fn cancel;
    co_ctx *ctx = co_with_cancel(co_background(), &cancel);
    co_go(watcher, ctx); // want "goroutine watcher can block forever waiting for ctx to be cancelled"
    if (connect_db() < 0)
        return; /* cancel is lost: watcher waits forever */
    co_cancel(&cancel);
}

int main(void) { return co_main(run, NULL); }
