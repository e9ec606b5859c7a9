// run: leak
/* Seed pattern: the handler starts a goroutine that has no context at all
 * and sleeps; when the request is cancelled it keeps running. */
#include <co.h>

static void log_later(void *arg) {
    (void)arg;
    co_sleep(10 * CO_SECOND);
}

static void handle(co_ctx *ctx) {
    if (co_ctx_err(ctx))
        return;
    co_go(log_later, NULL); // want "goroutine log_later is spawned without a context .*handle .*ctx"
}

static void main_fn(void *arg) {
    (void)arg;
    co_cancel_fn cancel;
    co_ctx *ctx = co_with_cancel(co_background(), &cancel);
    handle(ctx);
    co_cancel(&cancel);
}

int main(void) { return co_main(main_fn, NULL); }
