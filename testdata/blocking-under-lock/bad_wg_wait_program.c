// run: deadlock
/* main waits for the worker while holding mu; the worker needs mu before
 * it can call co_wg_done. */
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

static void run(void *arg) {
    (void)arg;
    co_mutex_lock(&mu);
    co_wg_add(&wg, 1);
    co_go(worker, NULL);
    co_wg_wait(&wg); // want "co_wg_wait on wg while holding mu, but worker\(\) needs mu before it calls co_wg_done"
    co_mutex_unlock(&mu);
}

int main(void) { return co_main(run, NULL); }
