/* The worker's co_wg_done runs from a guard at the end, after the lock. */
#include <co.h>

struct batch {
    co_mutex mu;
    co_waitgroup wg;
    int sum;
};

static void worker(void *arg) {
    struct batch *b = arg;
    CO_DEFER_DONE(&b->wg);
    co_mutex_lock(&b->mu);
    b->sum++;
    co_mutex_unlock(&b->mu);
}

void batch_run(struct batch *b) {
    co_mutex_lock(&b->mu);
    co_wg_add(&b->wg, 1);
    co_go(worker, b);
    co_wg_wait(&b->wg); // want "co_wg_wait on b->wg while holding b->mu, but worker\(\) needs b->mu before it calls co_wg_done"
    co_mutex_unlock(&b->mu);
}
