/* Each attempt derives a context; failed attempts go round the loop and
 * overwrite the cancel without calling it. */
#include <co.h>

int attempt(co_ctx *ctx);

int with_retries(co_ctx *parent, int tries) {
    co_cancel_fn cancel;
    for (int i = 0; i < tries; i++) {
        co_ctx *ctx = co_with_timeout(parent, 100 * CO_MILLISECOND, &cancel); // want "cancel .*(overwritten|not called)"
        if (attempt(ctx) == 0) {
            co_cancel(&cancel);
            return 0;
        }
    }
    return -1;
}
