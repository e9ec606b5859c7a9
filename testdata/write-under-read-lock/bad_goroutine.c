#include <co.h>

struct registry {
    co_rwmutex rw;
    int count;
};

static void reader(void *arg) {
    struct registry *r = arg;
    co_rwmutex_rlock(&r->rw);
    if (r->count > 10)
        r->count = 0; // want "r->count is written while holding only the read lock of r->rw"
    co_rwmutex_runlock(&r->rw);
}

void start(struct registry *r) { co_go(reader, r); }
