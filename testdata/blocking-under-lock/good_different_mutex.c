#include <co.h>

static co_mutex mu = CO_MUTEX_INIT;
static co_mutex stats_mu = CO_MUTEX_INIT;
static co_waitgroup wg = CO_WAITGROUP_INIT;
static int results, stats;

static void worker(void *arg) {
    (void)arg;
    co_mutex_lock(&stats_mu);
    stats++;
    co_mutex_unlock(&stats_mu);
    co_wg_done(&wg);
}

void run_all(void) {
    co_mutex_lock(&mu);
    co_wg_add(&wg, 1);
    co_go(worker, NULL);
    co_wg_wait(&wg);
    results = stats;
    co_mutex_unlock(&mu);
}
