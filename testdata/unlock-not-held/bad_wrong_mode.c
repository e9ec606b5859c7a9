#include <co.h>

static co_rwmutex rw = CO_RWMUTEX_INIT;
static int table[8];

int get(int i) {
    co_rwmutex_rlock(&rw);
    int v = table[i & 7];
    co_rwmutex_unlock(&rw); // want "unlock of rw, which is not held here.*read lock"
    return v;
}
