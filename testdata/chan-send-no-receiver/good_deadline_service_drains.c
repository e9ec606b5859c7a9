/* The service receives with a plain co_chan_recv until the channel is
 * closed; its deadline only limits the work per request. It never stops
 * receiving before the close, so the client's sends are always taken. */
#include <co.h>

struct service {
    co_ctx *ctx;
    co_chan *requests;
    int handled;
};

static void serve(void *arg) {
    struct service *s = arg;
    int req;
    while (co_chan_recv(s->requests, &req))
        s->handled += co_ctx_err(s->ctx) ? 0 : req;
}

void submit(co_ctx *parent, struct service *s, int n) {
    co_cancel_fn cancel;
    s->ctx = co_with_timeout(parent, CO_SECOND, &cancel);
    s->requests = co_chan_make(sizeof(int), 0);
    co_go(serve, s);
    for (int i = 0; i < n; i++)
        co_chan_send(s->requests, &i);
    co_chan_close(s->requests);
    co_cancel(&cancel);
}
