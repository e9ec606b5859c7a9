#include <co.h>

static co_mutex mu = CO_MUTEX_INIT;
static co_cond cv = CO_COND_INIT;
static co_waitgroup wg = CO_WAITGROUP_INIT;
static int ready;

static void waiter(void *arg) {
    (void)arg;
    CO_DEFER_DONE(&wg);
    co_mutex_lock(&mu);
    while (!ready)
        co_cond_wait(&cv, &mu);
    co_mutex_unlock(&mu);
}

static void run(void *arg) {
    (void)arg;
    co_wg_add(&wg, 1);
    co_go(waiter, NULL);
    co_mutex_lock(&mu);
    ready = 1;
    co_cond_broadcast(&cv);
    co_mutex_unlock(&mu);
    co_wg_wait(&wg);
}

int main(void) { return co_main(run, NULL); }
