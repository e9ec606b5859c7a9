// run: deadlock
/* The service answers requests until its context's deadline; the client
 * is slow, and its plain send comes after the service has returned: nobody
 * will ever receive it. (examples/ticker_service.c had this bug.) */
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

static void client(void *arg) {
    (void)arg;
    co_cancel_fn cancel;
    struct service s = { .requests = co_chan_make(sizeof(int), 0) };
    s.ctx = co_with_timeout(co_background(), CO_MILLISECOND, &cancel);
    co_go(serve, &s);
    co_sleep(20 * CO_MILLISECOND);
    int req = 1;
    co_chan_send(s.requests, &req); // want "send on s.requests can block forever: its only receiver, goroutine serve"
    co_cancel(&cancel);
}

int main(void) { return co_main(client, NULL); }
