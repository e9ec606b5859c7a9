/* Go's generator: each value is offered in a select that also watches the
 * context. The consumer's two receives take values; the cancel after them
 * frees the context the generator selects on next. */
#include <co.h>

struct gen {
    co_ctx *ctx;
    co_chan *out;
};

static void generate(void *arg) {
    struct gen *g = arg;
    for (int i = 0;; i++) {
        co_case cases[] = { CO_SEND(g->out, &i), CO_RECV(co_ctx_done(g->ctx), NULL) };
        if (co_select(cases, 2) == 1)
            return;
    }
}

int first_two(co_ctx *parent, struct gen *g) {
    co_cancel_fn cancel;
    int a, b;
    g->ctx = co_with_cancel(parent, &cancel);
    co_go(generate, g); // want "goroutine generate uses g->ctx without co_ctx_retain"
    co_chan_recv(g->out, &a);
    co_chan_recv(g->out, &b);
    co_cancel(&cancel);
    return a + b;
}
