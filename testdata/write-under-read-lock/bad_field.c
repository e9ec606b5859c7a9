#include <co.h>

struct cache {
    co_rwmutex rw;
    int hits;
    int vals[32];
};

int cache_get(struct cache *c, int k) {
    co_rwmutex_rlock(&c->rw);
    int v = c->vals[k & 31];
    c->hits++; // want "c->hits is written while holding only the read lock of c->rw"
    co_rwmutex_runlock(&c->rw);
    return v;
}

int cache_hits(struct cache *c) {
    co_rwmutex_rlock(&c->rw);
    int h = c->hits;
    co_rwmutex_runlock(&c->rw);
    return h;
}
