/* Each request races the service's deadline in a select: once the service
 * has stopped, the done case wins. (The fixed examples/ticker_service.c.) */
#include <co.h>
#include <stdio.h>

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
            break;
    }
    co_ctx_release(s->ctx);
}

static void client(void *arg) {
    (void)arg;
    co_cancel_fn cancel;
    struct service s = { .requests = co_chan_make(sizeof(int), 0) };
    s.ctx = co_with_timeout(co_background(), 5 * CO_MILLISECOND, &cancel);
    co_ctx_retain(s.ctx);
    co_go(serve, &s);
    for (int i = 0; i < 3; i++) {
        co_case cases[] = { CO_SEND(s.requests, &i), CO_RECV(co_ctx_done(s.ctx), NULL) };
        if (co_select(cases, 2) == 1) {
            printf("service stopped\n");
            break;
        }
    }
    co_chan_recv(co_ctx_done(s.ctx), NULL);
    co_cancel(&cancel);
    co_sleep(10 * CO_MILLISECOND); /* serve releases its reference */
    co_chan_free(s.requests);
}

int main(void) { return co_main(client, NULL); }
