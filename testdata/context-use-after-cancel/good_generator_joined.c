/* The consumer takes a few values, stops the generator through a channel
 * and waits for it before it cancels: the generator is done with the
 * context by then. */
#include <co.h>

struct gen {
    co_ctx *ctx;
    co_chan *out;
    co_chan *stop;
    co_waitgroup wg;
};

static void generate(void *arg) {
    struct gen *g = arg;
    for (int i = 0;; i++) {
        co_case cases[] = { CO_SEND(g->out, &i), CO_RECV(g->stop, NULL), CO_RECV(co_ctx_done(g->ctx), NULL) };
        if (co_select(cases, 3) != 0)
            break;
    }
    co_wg_done(&g->wg);
}

static void consume(co_ctx *parent) {
    struct gen g = { .out = co_chan_make(sizeof(int), 0), .stop = co_chan_make(1, 0) };
    co_cancel_fn cancel;
    g.ctx = co_with_cancel(parent, &cancel);
    co_wg_add(&g.wg, 1);
    co_go(generate, &g);
    int v;
    for (int i = 0; i < 3; i++)
        co_chan_recv(g.out, &v);
    co_chan_close(g.stop);
    co_wg_wait(&g.wg);
    co_cancel(&cancel);
    co_chan_free(g.out);
    co_chan_free(g.stop);
}

static void main_fn(void *arg) {
    (void)arg;
    consume(co_background());
}

int main(void) { return co_main(main_fn, NULL); }
