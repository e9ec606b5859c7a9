/* A trylock followed by an unlock is a probe ("is anyone holding it?"),
 * not an empty critical section. */
#include <co.h>

static co_mutex mu = CO_MUTEX_INIT;

bool is_idle(void) {
    if (co_mutex_trylock(&mu)) {
        co_mutex_unlock(&mu);
        return true;
    }
    return false;
}
