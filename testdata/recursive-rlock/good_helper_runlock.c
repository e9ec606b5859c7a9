#include <co.h>

struct cache {
    co_rwmutex rw;
    int n;
};

static void cache_runlock(struct cache *c) { co_rwmutex_runlock(&c->rw); }

int cache_twice(struct cache *c) {
    co_rwmutex_rlock(&c->rw);
    int a = c->n;
    cache_runlock(c);
    co_rwmutex_rlock(&c->rw);
    int b = c->n;
    co_rwmutex_runlock(&c->rw);
    return a + b;
}
