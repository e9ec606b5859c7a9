/* A worker derives a per-job deadline and returns early on a closed
 * channel without cancelling it. */
#include <co.h>

struct worker {
    co_ctx *ctx;
    co_chan *jobs;
};

static void work(void *arg) {
    struct worker *w = arg;
    int job;
    co_cancel_fn cancel;
    co_ctx *jctx = co_with_deadline(w->ctx, co_now() + CO_SECOND, &cancel); // want "cancel .*not called"
    if (!co_chan_recv(w->jobs, &job))
        return;
    (void)co_ctx_err(jctx);
    co_cancel(&cancel);
}

void start(struct worker *w) {
    co_go(work, w);
}
