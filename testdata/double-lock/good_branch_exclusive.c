/* Only one of the branches takes the lock before the join. */
#include <co.h>

static co_mutex mu = CO_MUTEX_INIT;
static int n;

void maybe(int fast) {
    if (fast) {
        co_mutex_lock(&mu);
        n++;
        co_mutex_unlock(&mu);
    }
    co_mutex_lock(&mu);
    n--;
    co_mutex_unlock(&mu);
}
