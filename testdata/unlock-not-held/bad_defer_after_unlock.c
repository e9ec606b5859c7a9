/* The error path unlocks by hand, and the guard unlocks again as the
 * return leaves its scope. */
#include <co.h>

static co_mutex mu = CO_MUTEX_INIT;
static int n;

int bump(int limit) {
    co_mutex_lock(&mu);
    CO_DEFER_UNLOCK(&mu);
    if (n >= limit) {
        co_mutex_unlock(&mu);
        return -1; // want "unlock of mu, which is not held here \(the guard declared at line 10 .*already released at line 12"
    }
    n++;
    return 0;
}
