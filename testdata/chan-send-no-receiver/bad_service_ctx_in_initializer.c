/* examples/ticker_service.c before its fix: the service struct is filled
 * by an initializer (the context copied in, the channel made in place) and
 * the client's requests are plain sends, the third of which can come after
 * the 60 ms deadline stopped the service. */
#include <co.h>

typedef struct {
    co_ctx *ctx;
    co_chan *requests;
    int served;
} service;

static void serve(void *arg) {
    service *s = arg;
    co_ticker *tick = co_ticker_new(10 * CO_MILLISECOND);
    CO_DEFER_TICKER_STOP(tick);
    for (;;) {
        int req;
        co_case cases[] = { CO_RECV(co_ticker_chan(tick), NULL), CO_RECV(s->requests, &req),
                            CO_RECV(co_ctx_done(s->ctx), NULL) };
        switch (co_select(cases, 3)) {
        case 0: break;
        case 1: s->served++; break;
        default: return;
        }
    }
}

void client(void) {
    co_cancel_fn cancel;
    co_ctx *ctx = co_with_timeout(co_background(), 60 * CO_MILLISECOND, &cancel);
    CO_DEFER_CANCEL(&cancel);
    service s = { ctx, co_chan_make(sizeof(int), 0), 0 };
    co_go(serve, &s);
    for (int i = 1; i <= 3; i++) {
        co_chan_send(s.requests, &i); // want "send on s.requests can block forever"
        co_sleep(30 * CO_MILLISECOND);
    }
}
