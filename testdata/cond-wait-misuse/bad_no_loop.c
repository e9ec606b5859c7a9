/* co_cond_wait may wake spuriously, or after another waiter consumed the
 * condition: it must sit in a loop that re-checks. */
#include <co.h>

static co_mutex mu = CO_MUTEX_INIT;
static co_cond cv = CO_COND_INIT;
static int items;

int take(void) {
    co_mutex_lock(&mu);
    if (items == 0)
        co_cond_wait(&cv, &mu); // want "co_cond_wait on cv is not in a loop"
    items--;
    co_mutex_unlock(&mu);
    return 0;
}
