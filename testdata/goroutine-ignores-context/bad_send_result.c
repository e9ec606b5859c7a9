// run: leak
/* The caller gives up when the context expires, but the goroutine still
 * sends its result on the unbuffered channel: nobody receives it. */
#include <co.h>

struct call {
    co_ctx *ctx;
    co_chan *reply;
};

static void backend(void *arg) {
    struct call *c = arg;
    int v = 42;
    co_sleep(20 * CO_MILLISECOND);
    co_chan_send(c->reply, &v);
}

static int call_backend(co_ctx *ctx, struct call *c) {
    int v = 0;
    c->ctx = ctx;
    c->reply = co_chan_make(sizeof(int), 0);
    co_go(backend, c); // want "goroutine backend .*never checks"
    co_case cases[] = { CO_RECV(c->reply, &v), CO_RECV(co_ctx_done(ctx), NULL) };
    if (co_select(cases, 2) == 1)
        return -1;
    return v;
}

static void main_fn(void *arg) {
    (void)arg;
    static struct call c;
    co_cancel_fn cancel;
    co_ctx *ctx = co_with_timeout(co_background(), CO_MILLISECOND, &cancel);
    call_backend(ctx, &c);
    co_cancel(&cancel);
}

int main(void) { return co_main(main_fn, NULL); }
