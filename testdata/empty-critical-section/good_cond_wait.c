#include <co.h>

static co_mutex mu = CO_MUTEX_INIT;
static co_cond cv = CO_COND_INIT;
static int ready;

void wait_ready(void) {
    co_mutex_lock(&mu);
    while (!ready)
        co_cond_wait(&cv, &mu);
    co_mutex_unlock(&mu);
}

void set_ready(void) {
    co_mutex_lock(&mu);
    ready = 1;
    co_cond_broadcast(&cv);
    co_mutex_unlock(&mu);
}
