/* leak_context.c: contexts that are never cancelled: a cancel context and a
 * timeout context (its internal timer is not reported separately); a
 * cancelled child is silent, and so is the child of a leaked parent that
 * was itself cancelled.
 * expect-exit: 1
 * expect-leaks: 2
 * expect: ^co: leak: context created at {FILE}:{@CTX} never cancelled$
 * expect: ^co: leak: context created at {FILE}:{@TIMEOUT} never cancelled$
 */
#include <co.h>
#include <stdio.h>

static void run(void *arg) {
    (void)arg;
    co_cancel_fn cancel, tcancel, ccancel;
    co_ctx *ctx = co_with_cancel(co_background(), &cancel); /* @CTX */
    co_ctx *tctx = co_with_timeout(co_background(), 10 * CO_SECOND, &tcancel); /* @TIMEOUT */
    co_ctx *child = co_with_cancel(ctx, &ccancel);
    printf("%d %d %d\n", co_ctx_err(ctx), co_ctx_err(tctx), co_ctx_err(child));
    co_cancel(&ccancel);
}

int main(void) { return co_main(run, NULL); }
