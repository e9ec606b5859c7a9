#include <co.h>

static co_rwmutex rw = CO_RWMUTEX_INIT;
static int table[8];

static int lookup(int i) {
    co_rwmutex_rlock(&rw);
    CO_DEFER_RUNLOCK(&rw);
    return table[i & 7];
}

static void reader(void *arg) {
    int *out = arg;
    co_rwmutex_rlock(&rw);
    *out = table[0] + lookup(1); // want "lookup\(\) read-locks rw again"
    co_rwmutex_runlock(&rw);
}

void start(int *out) { co_go(reader, out); }
