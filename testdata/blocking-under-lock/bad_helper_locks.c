/* The other side takes the lock inside a helper. */
#include <co.h>

static co_mutex mu = CO_MUTEX_INIT;
static co_waitgroup wg = CO_WAITGROUP_INIT;
static int hits;

static void count_hit(void) {
    co_mutex_lock(&mu);
    hits++;
    co_mutex_unlock(&mu);
}

static void worker(void *arg) {
    (void)arg;
    count_hit();
    co_wg_done(&wg);
}

void run_all(void) {
    co_wg_add(&wg, 1);
    co_go(worker, NULL);
    co_mutex_lock(&mu);
    hits = 0;
    co_wg_wait(&wg); // want "co_wg_wait on wg while holding mu, but worker\(\) needs mu"
    co_mutex_unlock(&mu);
}
