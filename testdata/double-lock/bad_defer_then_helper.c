/* Go's favourite: defer mu.Unlock() and then a helper that locks. */
#include <co.h>

static co_mutex reg_mu = CO_MUTEX_INIT;
static int registry[32];
static int nregistered;

static int registry_count(void) {
    co_mutex_lock(&reg_mu);
    CO_DEFER_UNLOCK(&reg_mu);
    return nregistered;
}

int registry_add(int id) {
    co_mutex_lock(&reg_mu);
    CO_DEFER_UNLOCK(&reg_mu);
    registry[nregistered & 31] = id;
    nregistered++;
    return registry_count(); // want "registry_count\(\) locks reg_mu, which is already held"
}
