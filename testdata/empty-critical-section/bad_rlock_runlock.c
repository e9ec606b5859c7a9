#include <co.h>

static co_rwmutex table_mu = CO_RWMUTEX_INIT;
static int table[16];

int table_peek(int i) {
    co_rwmutex_rlock(&table_mu); // want "empty critical section: table_mu"
    co_rwmutex_runlock(&table_mu);
    return table[i & 15];
}
