/* The goroutine derives its own deadline from the context it got and waits
 * on the child's done channel. */
#include <co.h>

struct fetch {
    co_ctx *ctx;
    co_chan *reply;
};

static void fetcher(void *arg) {
    struct fetch *f = arg;
    co_cancel_fn cancel;
    co_ctx *c = co_with_timeout(f->ctx, CO_SECOND, &cancel);
    int v;
    co_case cases[] = { CO_RECV(f->reply, &v), CO_RECV(co_ctx_done(c), NULL) };
    co_select(cases, 2);
    co_cancel(&cancel);
}

void start_fetch(co_ctx *ctx, struct fetch *f) {
    f->ctx = ctx;
    co_go(fetcher, f);
}
