/* An endless polling loop with no blocking call and no context check. */
#include <co.h>

struct poll {
    co_ctx *ctx;
    volatile int *flag;
    int seen;
};

static void spin(void *arg) {
    struct poll *p = arg;
    for (;;) {
        if (*p->flag)
            p->seen++;
        co_yield();
    }
}

void start_spin(co_ctx *ctx, struct poll *p) {
    p->ctx = ctx;
    co_go(spin, p); // want "goroutine spin .*never checks .*loops"
}
