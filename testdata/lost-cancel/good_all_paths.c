/* Every case cancels before it returns; the loop version cancels each
 * attempt before trying again. */
#include <co.h>

int attempt(co_ctx *ctx);

int dispatch(co_ctx *parent, int op) {
    co_cancel_fn cancel;
    co_ctx *ctx = co_with_cancel(parent, &cancel);
    switch (op) {
    case 0:
        co_cancel(&cancel);
        return 0;
    case 1:
        (void)co_ctx_err(ctx);
        co_cancel(&cancel);
        return 1;
    default:
        co_cancel(&cancel);
        return -1;
    }
}

int with_retries(co_ctx *parent, int tries) {
    co_cancel_fn cancel;
    for (int i = 0; i < tries; i++) {
        co_ctx *ctx = co_with_timeout(parent, 100 * CO_MILLISECOND, &cancel);
        int rc = attempt(ctx);
        co_cancel(&cancel);
        if (rc == 0)
            return 0;
    }
    return -1;
}
