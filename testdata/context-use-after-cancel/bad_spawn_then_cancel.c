/* The explicit cancel right after the spawn frees the context the worker
 * is about to read. */
#include <co.h>

struct job {
    co_ctx *ctx;
    int id;
};

static void worker(void *arg) {
    struct job *j = arg;
    if (co_ctx_err(j->ctx))
        j->id = -1;
}

void submit(co_ctx *parent, struct job *j) {
    co_cancel_fn cancel;
    j->ctx = co_with_timeout(parent, CO_SECOND, &cancel);
    co_go(worker, j); // want "goroutine worker uses j->ctx without co_ctx_retain.*line 20"
    co_cancel(&cancel);
}
