/* On the error branch the context is cancelled, then still waited on. */
#include <co.h>

int wait_reply(co_ctx *parent, co_chan *replies, int *out, int bad) {
    co_cancel_fn cancel;
    co_ctx *ctx = co_with_timeout(parent, CO_SECOND, &cancel);
    if (bad)
        co_cancel(&cancel);
    co_case cases[] = { CO_RECV(replies, out), CO_RECV(co_ctx_done(ctx), NULL) }; // want "ctx is used after co_cancel"
    int i = co_select(cases, 2);
    co_cancel(&cancel);
    return i;
}
