/* A polling loop that checks co_ctx_err on every round. */
#include <co.h>

struct poll {
    co_ctx *ctx;
    volatile int *flag;
    int seen;
};

static void poll_flag(void *arg) {
    struct poll *p = arg;
    while (!co_ctx_err(p->ctx)) {
        if (*p->flag)
            p->seen++;
        co_sleep(CO_MILLISECOND);
    }
}

void start_poll(co_ctx *ctx, struct poll *p) {
    p->ctx = ctx;
    co_go(poll_flag, p);
}
