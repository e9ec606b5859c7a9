/* The cancel goes straight into the request, whose owner cancels it. */
#include <co.h>

struct request {
    co_ctx *ctx;
    co_cancel_fn cancel;
};

int request_start(struct request *r, co_ctx *parent) {
    r->ctx = co_with_timeout(parent, CO_SECOND, &r->cancel);
    if (!r->ctx)
        return -1;
    return 0;
}

void request_end(struct request *r) {
    co_cancel(&r->cancel);
}
