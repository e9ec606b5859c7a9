#include <co.h>

static co_rwmutex rw = CO_RWMUTEX_INIT;
static int table[8];

static void reader(void *arg) {
    int *out = arg;
    co_rwmutex_rlock(&rw);
    CO_DEFER_RUNLOCK(&rw);
    *out = table[0];
}

void start(int *out) { co_go(reader, out); }
