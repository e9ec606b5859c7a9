// run: leak
/* The validation error returns before the cancel is called. */
#include <co.h>

static int handle(co_ctx *parent, int len) {
    co_cancel_fn cancel;
    co_ctx *ctx = co_with_timeout(parent, CO_SECOND, &cancel); // want "cancel .*not called.*return at line 9"
    if (len <= 0)
        return -1;
    int err = co_ctx_err(ctx);
    co_cancel(&cancel);
    return err;
}

static void main_fn(void *arg) {
    (void)arg;
    handle(co_background(), 0);
}

int main(void) { return co_main(main_fn, NULL); }
