#include <co.h>

static co_mutex mu = CO_MUTEX_INIT;
static co_cond cv = CO_COND_INIT;
static int ready, seen;

void wait_ready(void) {
    co_mutex_lock(&mu);
    seen++;
    co_mutex_unlock(&mu);
    while (!ready)
        co_cond_wait(&cv, &mu); // want "without holding mu"
}
