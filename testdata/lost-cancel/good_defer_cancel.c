/* CO_DEFER_CANCEL cancels on every way out, early return included. */
#include <co.h>

static int handle(co_ctx *parent, int len) {
    co_cancel_fn cancel;
    co_ctx *ctx = co_with_timeout(parent, CO_SECOND, &cancel);
    CO_DEFER_CANCEL(&cancel);
    if (len <= 0)
        return -1;
    return co_ctx_err(ctx);
}

static void main_fn(void *arg) {
    (void)arg;
    handle(co_background(), 0);
    handle(co_background(), 5);
}

int main(void) { return co_main(main_fn, NULL); }
