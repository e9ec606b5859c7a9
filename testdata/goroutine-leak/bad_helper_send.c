// run: leak
/* The send happens in a helper the goroutine calls; the parent stops
 * listening when its context is done. */
#include <co.h>

static void deliver(co_chan *c, int v) { co_chan_send(c, &v); }

static void compute(void *arg) {
    co_chan *out = arg;
    co_sleep(30 * CO_MILLISECOND);
    deliver(out, 99);
}

static void run(void *arg) {
    (void)arg;
    co_cancel_fn cancel;
    co_ctx *ctx = co_with_timeout(co_background(), 1 * CO_MILLISECOND, &cancel);
    CO_DEFER_CANCEL(&cancel);
    co_chan *out = co_chan_make(sizeof(int), 0);
    co_go(compute, out); // want "goroutine compute can block forever sending on out"
    int v;
    co_case cases[2] = {
        CO_RECV(out, &v),
        CO_RECV(co_ctx_done(ctx), NULL),
    };
    if (co_select(cases, 2) == 1)
        return; /* deadline passed: compute will block in deliver() */
}

int main(void) { return co_main(run, NULL); }
