/* The goroutine has the context but does a bounded computation that never
 * blocks: it finishes on its own. */
#include <co.h>

struct sum_job {
    co_ctx *ctx;
    const int *v;
    int n;
    long result;
    co_waitgroup *wg;
};

static void sum(void *arg) {
    struct sum_job *j = arg;
    long s = 0;
    for (int i = 0; i < j->n; i++)
        s += j->v[i];
    j->result = s;
    co_wg_done(j->wg);
}

void start_sum(co_ctx *ctx, struct sum_job *j) {
    j->ctx = ctx;
    co_go(sum, j);
}
