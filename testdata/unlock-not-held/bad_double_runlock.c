#include <co.h>

struct cache {
    co_rwmutex rw;
    int hits;
};

int cache_hits(struct cache *c) {
    co_rwmutex_rlock(&c->rw);
    int h = c->hits;
    co_rwmutex_runlock(&c->rw);
    co_rwmutex_runlock(&c->rw); // want "unlock of c->rw, which is not held here"
    return h;
}
