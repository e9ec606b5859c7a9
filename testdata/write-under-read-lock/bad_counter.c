#include <co.h>

static co_rwmutex rw = CO_RWMUTEX_INIT;
static int table[16];
static int lookups;

int lookup(int k) {
    co_rwmutex_rlock(&rw);
    int v = table[k & 15];
    lookups++; // want "lookups is written while holding only the read lock of rw"
    co_rwmutex_runlock(&rw);
    return v;
}

void reset(void) {
    co_rwmutex_lock(&rw);
    lookups = 0;
    co_rwmutex_unlock(&rw);
}
