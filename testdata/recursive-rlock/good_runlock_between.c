#include <co.h>

static co_rwmutex rw = CO_RWMUTEX_INIT;
static int a, b;

int sum(void) {
    co_rwmutex_rlock(&rw);
    int s = a;
    co_rwmutex_runlock(&rw);
    co_rwmutex_rlock(&rw);
    s += b;
    co_rwmutex_runlock(&rw);
    return s;
}
