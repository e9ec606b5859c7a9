/* The requests channel has room for every request the client sends: the
 * sends never block, whether or not the service still runs. */
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

void submit3(co_ctx *parent, struct service *s) {
    co_cancel_fn cancel;
    s->ctx = co_with_timeout(parent, CO_SECOND, &cancel);
    s->requests = co_chan_make(sizeof(int), 3);
    co_go(serve, s);
    for (int i = 0; i < 3; i++)
        co_chan_send(s->requests, &i);
    co_cancel(&cancel);
}
