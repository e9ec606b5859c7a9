/* Writes go to the caller's output, not to state guarded by rw. */
#include <co.h>

static co_rwmutex rw = CO_RWMUTEX_INIT;
static int table[16];

void lookup_into(int k, int *out) {
    int tmp;
    co_rwmutex_rlock(&rw);
    tmp = table[k & 15];
    *out = tmp;
    co_rwmutex_runlock(&rw);
}
