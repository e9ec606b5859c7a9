#include <co.h>

static co_rwmutex rw = CO_RWMUTEX_INIT;
static int config[8];

void config_set(int i, int v) {
    co_rwmutex_lock(&rw);
    config[i & 7] = v;
    co_rwmutex_rlock(&rw); // want "read-locks rw while already holding its write lock"
    v = config[0];
    co_rwmutex_runlock(&rw);
    co_rwmutex_unlock(&rw);
}
