/* The program's entry has no context to propagate: co_background() is
 * the root, as in Go's main. */
#include <co.h>

static int work(co_ctx *ctx) { return co_ctx_err(ctx); }

static void main_fn(void *arg) {
    (void)arg;
    co_cancel_fn cancel;
    co_ctx *ctx = co_with_timeout(co_background(), CO_SECOND, &cancel);
    work(ctx);
    work(co_background());
    co_cancel(&cancel);
}

int main(void) { return co_main(main_fn, NULL); }
