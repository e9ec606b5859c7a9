#include <co.h>

static co_rwmutex rw = CO_RWMUTEX_INIT;
static int a, b;

int sum(int which) {
    int s;
    if (which)
        co_rwmutex_rlock(&rw);
    else
        co_rwmutex_rlock(&rw);
    s = a;
    co_rwmutex_rlock(&rw); // want "rw is read-locked again"
    s += b;
    co_rwmutex_runlock(&rw);
    co_rwmutex_runlock(&rw);
    return s;
}
