/* The client's select only offers sends (to two services with deadlines):
 * once both have stopped it blocks forever. */
#include <co.h>

struct svc {
    co_ctx *ctx;
    co_chan *in;
};

static void serve(void *arg) {
    struct svc *s = arg;
    int v;
    for (;;) {
        co_case cases[] = { CO_RECV(s->in, &v), CO_RECV(co_ctx_done(s->ctx), NULL) };
        if (co_select(cases, 2) != 0)
            return;
    }
}

void offer(co_ctx *parent, struct svc *s, int v) {
    co_cancel_fn cancel;
    s->ctx = co_with_timeout(parent, 50 * CO_MILLISECOND, &cancel);
    s->in = co_chan_make(sizeof(int), 0);
    co_go(serve, s);
    co_case cases[] = { CO_SEND(s->in, &v) };
    co_select(cases, 1); // want "send on s->in can block forever"
    co_cancel(&cancel);
}
