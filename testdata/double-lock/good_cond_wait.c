/* co_cond_wait gives the mutex back while it waits and retakes it. */
#include <co.h>

static co_mutex mu = CO_MUTEX_INIT;
static co_cond cv = CO_COND_INIT;
static int ready;

void wait_then_relock(void) {
    co_mutex_lock(&mu);
    while (!ready)
        co_cond_wait(&cv, &mu);
    co_mutex_unlock(&mu);
    co_mutex_lock(&mu);
    ready = 0;
    co_mutex_unlock(&mu);
}
