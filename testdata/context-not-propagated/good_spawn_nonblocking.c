/* A goroutine without a context that never blocks: it finishes on its own. */
#include <co.h>

static long hits;

static void count_hit(void *arg) {
    (void)arg;
    __atomic_add_fetch(&hits, 1, __ATOMIC_RELAXED);
}

void handle(co_ctx *ctx) {
    if (co_ctx_err(ctx))
        return;
    co_go(count_hit, NULL);
}
