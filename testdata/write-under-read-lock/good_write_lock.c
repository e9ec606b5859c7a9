#include <co.h>

static co_rwmutex rw = CO_RWMUTEX_INIT;
static int lookups;

void bump(void) {
    co_rwmutex_lock(&rw);
    lookups++;
    co_rwmutex_unlock(&rw);
}

int get(void) {
    co_rwmutex_rlock(&rw);
    int v = lookups;
    co_rwmutex_runlock(&rw);
    return v;
}
