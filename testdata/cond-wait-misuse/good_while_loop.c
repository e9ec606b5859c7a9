#include <co.h>

static co_mutex mu = CO_MUTEX_INIT;
static co_cond cv = CO_COND_INIT;
static int items;

int take(void) {
    co_mutex_lock(&mu);
    while (items == 0)
        co_cond_wait(&cv, &mu);
    items--;
    co_mutex_unlock(&mu);
    return 0;
}
