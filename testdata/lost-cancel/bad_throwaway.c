// run: leak
/* The cancel function is a throwaway: nothing ever calls it. */
#include <co.h>

static int lookup(co_ctx *parent, co_chan *replies, int *out) {
    co_cancel_fn unused;
    co_ctx *ctx = co_with_timeout(parent, CO_SECOND, &unused); // want "cancel function unused is never used"
    co_case cases[] = { CO_RECV(replies, out), CO_RECV(co_ctx_done(ctx), NULL) };
    return co_select(cases, 2);
}

static void main_fn(void *arg) {
    (void)arg;
    co_chan *replies = co_chan_make(sizeof(int), 1);
    int v = 1, got;
    co_chan_send(replies, &v);
    lookup(co_background(), replies, &got);
    co_chan_free(replies);
}

int main(void) { return co_main(main_fn, NULL); }
