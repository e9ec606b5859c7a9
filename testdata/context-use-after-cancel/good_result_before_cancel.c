/* The spawner receives the goroutine's result before it cancels: the
 * goroutine is done with the context by then. */
#include <co.h>

struct call {
    co_ctx *ctx;
    co_chan *reply;
};

static void backend(void *arg) {
    struct call *c = arg;
    int v = co_ctx_err(c->ctx) ? -1 : 42;
    co_chan_send(c->reply, &v);
}

static int call_backend(co_ctx *parent) {
    struct call c;
    int v = 0;
    co_cancel_fn cancel;
    c.ctx = co_with_timeout(parent, CO_SECOND, &cancel);
    c.reply = co_chan_make(sizeof(int), 0);
    co_go(backend, &c);
    co_chan_recv(c.reply, &v);
    co_cancel(&cancel);
    co_chan_free(c.reply);
    return v;
}

static void main_fn(void *arg) {
    (void)arg;
    call_backend(co_background());
}

int main(void) { return co_main(main_fn, NULL); }
