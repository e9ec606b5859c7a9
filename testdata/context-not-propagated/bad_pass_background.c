/* co_background() is passed down although the caller has a context. */
#include <co.h>

int fetch(co_ctx *ctx, const char *url);

int refresh(co_ctx *ctx, const char *url) {
    if (co_ctx_err(ctx))
        return -1;
    return fetch(co_background(), url); // want "co_background\(\) passed to fetch .*refresh .*ctx"
}
