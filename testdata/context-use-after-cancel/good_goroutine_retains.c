/* The context is retained by the spawner and released by the goroutine on
 * every path, including its early return. */
#include <co.h>

struct job {
    co_ctx *ctx;
    int id;
};

static void worker(void *arg) {
    struct job *j = arg;
    if (j->id < 0) {
        co_ctx_release(j->ctx);
        return;
    }
    (void)co_ctx_err(j->ctx);
    co_ctx_release(j->ctx);
}

void submit(co_ctx *parent, struct job *j) {
    co_cancel_fn cancel;
    co_ctx *ctx = co_with_timeout(parent, CO_SECOND, &cancel);
    j->ctx = co_ctx_retain(ctx);
    co_go(worker, j);
    co_cancel(&cancel);
}
