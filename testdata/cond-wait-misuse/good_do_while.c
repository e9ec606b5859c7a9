#include <co.h>

static co_mutex mu = CO_MUTEX_INIT;
static co_cond cv = CO_COND_INIT;
static int gen;

void wait_next(void) {
    co_mutex_lock(&mu);
    int start = gen;
    do {
        co_cond_wait(&cv, &mu);
    } while (gen == start);
    co_mutex_unlock(&mu);
}
