#include <co.h>

static co_mutex mu = CO_MUTEX_INIT;
static co_waitgroup wg = CO_WAITGROUP_INIT;
static int results;

static void worker(void *arg) {
    (void)arg;
    co_mutex_lock(&mu);
    results++;
    co_mutex_unlock(&mu);
    co_wg_done(&wg);
}

void run_all(void) {
    co_mutex_lock(&mu);
    results = 0;
    co_mutex_unlock(&mu);
    co_wg_add(&wg, 1);
    co_go(worker, NULL);
    co_wg_wait(&wg);
}
