/* When the trylock fails the lock is not held, so blocking on it is fine. */
#include <co.h>

static co_mutex mu = CO_MUTEX_INIT;
static int hits, slow;

void record(void) {
    if (!co_mutex_trylock(&mu)) {
        co_mutex_lock(&mu);
        slow++;
    }
    hits++;
    co_mutex_unlock(&mu);
}
