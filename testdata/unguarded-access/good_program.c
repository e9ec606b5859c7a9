#include <co.h>

static co_mutex mu = CO_MUTEX_INIT;
static co_waitgroup wg = CO_WAITGROUP_INIT;
static int total CO_GUARDED_BY(mu);

static void worker(void *arg) {
    (void)arg;
    CO_DEFER_DONE(&wg);
    co_mutex_lock(&mu);
    total++;
    co_mutex_unlock(&mu);
}

static void run(void *arg) {
    (void)arg;
    for (int i = 0; i < 3; i++) {
        co_wg_add(&wg, 1);
        co_go(worker, NULL);
    }
    co_wg_wait(&wg);
    co_mutex_lock(&mu);
    int t = total;
    co_mutex_unlock(&mu);
    (void)t;
}

int main(void) { return co_main(run, NULL); }
