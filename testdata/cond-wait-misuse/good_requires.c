#include <co.h>

static co_mutex mu = CO_MUTEX_INIT;
static co_cond cv = CO_COND_INIT;
static int ready;

static void wait_ready_locked(void) CO_REQUIRES(mu) {
    while (!ready)
        co_cond_wait(&cv, &mu);
}

void wait_ready(void) {
    co_mutex_lock(&mu);
    wait_ready_locked();
    co_mutex_unlock(&mu);
}
