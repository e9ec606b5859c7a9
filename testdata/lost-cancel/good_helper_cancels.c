/* A helper that is given the cancel function calls it. */
#include <co.h>

static int finish(co_cancel_fn *cancel, int rc) {
    co_cancel(cancel);
    return rc;
}

static int handle(co_ctx *parent, int len) {
    co_cancel_fn cancel;
    co_ctx *ctx = co_with_cancel(parent, &cancel);
    if (len <= 0)
        return finish(&cancel, -1);
    return finish(&cancel, co_ctx_err(ctx));
}

static void main_fn(void *arg) {
    (void)arg;
    handle(co_background(), 0);
    handle(co_background(), 3);
}

int main(void) { return co_main(main_fn, NULL); }
