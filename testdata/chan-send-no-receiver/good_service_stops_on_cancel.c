/* The service stops only when its creator cancels, which happens after the
 * sends: a context without a deadline cannot expire under the client. */
#include <co.h>

struct service {
    co_ctx *ctx;
    co_chan *requests;
};

static void serve(void *arg) {
    struct service *s = arg;
    for (;;) {
        int req;
        co_case cases[] = { CO_RECV(s->requests, &req), CO_RECV(co_ctx_done(s->ctx), NULL) };
        if (co_select(cases, 2) == 1)
            return;
    }
}

void submit(co_ctx *parent, struct service *s, int n) {
    co_cancel_fn cancel;
    s->ctx = co_with_cancel(parent, &cancel);
    s->requests = co_chan_make(sizeof(int), 0);
    co_go(serve, s);
    for (int i = 0; i < n; i++)
        co_chan_send(s->requests, &i);
    co_cancel(&cancel);
}
