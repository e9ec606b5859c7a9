/* main takes the locks in the other order after the worker is running. */
#include <co.h>

static co_mutex cfg_mu = CO_MUTEX_INIT;
static co_mutex log_mu = CO_MUTEX_INIT;
static co_waitgroup wg = CO_WAITGROUP_INIT;
static int cfg, nlog;

static void worker(void *arg) {
    (void)arg;
    co_mutex_lock(&cfg_mu);
    co_mutex_lock(&log_mu); // want "log_mu is locked while holding cfg_mu, but run\(\) locks cfg_mu while holding log_mu"
    nlog += cfg;
    co_mutex_unlock(&log_mu);
    co_mutex_unlock(&cfg_mu);
    co_wg_done(&wg);
}

static void run(void *arg) {
    (void)arg;
    co_wg_add(&wg, 1);
    co_go(worker, NULL);
    co_mutex_lock(&log_mu);
    co_mutex_lock(&cfg_mu);
    cfg = nlog;
    co_mutex_unlock(&cfg_mu);
    co_mutex_unlock(&log_mu);
    co_wg_wait(&wg);
}

int main(void) { return co_main(run, NULL); }
