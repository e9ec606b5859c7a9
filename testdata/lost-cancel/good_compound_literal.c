/* The cancel function goes, inside a compound literal, to a queue that
 * copies the job; its worker calls the cancel. */
#include <co.h>

struct job {
    co_ctx *ctx;
    co_cancel_fn cancel;
};

void enqueue(const struct job *j); /* copies *j; the worker cancels j->cancel */

void submit(co_ctx *parent) {
    co_cancel_fn cancel;
    co_ctx *ctx = co_with_timeout(parent, CO_SECOND, &cancel);
    enqueue(&(struct job){ ctx, cancel });
}
