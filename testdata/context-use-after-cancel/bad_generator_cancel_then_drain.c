// run: panic
/* The Go generator idiom with a reference-counted context: the consumer
 * takes a few values, cancels, then drains. The receives before the cancel
 * are not a wait for the generator (it goes on using the context after each
 * send), so the cancel frees the context under it. */
#include <co.h>

struct gen {
    co_ctx *ctx;
    co_chan *out;
    co_waitgroup wg;
};

static void generate(void *arg) {
    struct gen *g = arg;
    for (int i = 0;; i++) {
        if (co_ctx_err(g->ctx))
            break;
        co_chan_send(g->out, &i);
    }
    co_wg_done(&g->wg);
}

static void consume(co_ctx *parent) {
    struct gen g = { .out = co_chan_make(sizeof(int), 0) };
    co_cancel_fn cancel;
    g.ctx = co_with_cancel(parent, &cancel);
    co_wg_add(&g.wg, 1);
    co_go(generate, &g); // want "goroutine generate uses g.ctx without co_ctx_retain"
    int first, second, v;
    co_chan_recv(g.out, &first);
    co_chan_recv(g.out, &second);
    co_cancel(&cancel);
    co_chan_recv(g.out, &v); /* let the generator look at its context again */
    co_wg_wait(&g.wg);
    co_chan_free(g.out);
}

static void main_fn(void *arg) {
    (void)arg;
    consume(co_background());
}

int main(void) { return co_main(main_fn, NULL); }
