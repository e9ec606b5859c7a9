/* The counter has its own mutex, taken inside the read section. */
#include <co.h>

static co_rwmutex rw = CO_RWMUTEX_INIT;
static co_mutex stats_mu = CO_MUTEX_INIT;
static int table[16];
static int lookups;

int lookup(int k) {
    co_rwmutex_rlock(&rw);
    int v = table[k & 15];
    co_mutex_lock(&stats_mu);
    lookups++;
    co_mutex_unlock(&stats_mu);
    co_rwmutex_runlock(&rw);
    return v;
}
