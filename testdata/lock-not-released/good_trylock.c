#include <co.h>

static co_mutex mu = CO_MUTEX_INIT;
static int busy;

bool try_claim(void) {
    if (!co_mutex_trylock(&mu))
        return false;
    busy = 1;
    co_mutex_unlock(&mu);
    return true;
}
