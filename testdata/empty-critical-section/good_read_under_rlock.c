#include <co.h>

static co_rwmutex table_mu = CO_RWMUTEX_INIT;
static int table[16];

int table_get(int i) {
    int v;
    co_rwmutex_rlock(&table_mu);
    v = table[i & 15];
    co_rwmutex_runlock(&table_mu);
    return v;
}
