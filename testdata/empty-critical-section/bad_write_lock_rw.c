#include <co.h>

struct cache {
    co_rwmutex rw;
    int hits;
};

void cache_barrier(struct cache *c) {
    if (c->hits > 10) {
        co_rwmutex_lock(&c->rw); // want "empty critical section: c->rw"
        co_rwmutex_unlock(&c->rw);
    }
}
