#include <co.h>

static co_rwmutex rw = CO_RWMUTEX_INIT;
static int last_key;
static int table[16];

int get(int k) {
    co_rwmutex_rlock(&rw);
    CO_DEFER_RUNLOCK(&rw);
    last_key = k; // want "last_key is written while holding only the read lock of rw"
    return table[k & 15];
}

int get_last(void) {
    co_rwmutex_rlock(&rw);
    CO_DEFER_RUNLOCK(&rw);
    return last_key;
}
