/* A fetch with a deadline. When the request is invalid, the function
 * returns before calling cancel: the context (and its timer) leak. */
#include <co.h>
#include <stdio.h>

static int fetch(co_ctx *parent, int key) {
    co_cancel_fn cancel;
    co_ctx *ctx = co_with_timeout(parent, 100 * CO_MILLISECOND, &cancel);
    if (key < 0)
        return -1;                          /* cancel is lost on this path */
    int err = co_ctx_err(ctx);
    co_cancel(&cancel);
    return err ? -1 : key * 2;
}

static void run(void *arg) {
    (void)arg;
    printf("%d %d\n", fetch(co_background(), 21), fetch(co_background(), -1));
}

int main(void) { return co_main(run, NULL); }
