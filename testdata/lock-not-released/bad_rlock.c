#include <co.h>

static co_rwmutex rw = CO_RWMUTEX_INIT;
static int table[64];

int lookup(int k) {
    co_rwmutex_rlock(&rw); // want "rw is not released on the path to the return"
    int v = table[k & 63];
    if (v < 0)
        return v;
    co_rwmutex_runlock(&rw);
    return v;
}
