/* A read lock cannot be upgraded: the writer waits for all readers,
 * itself included. */
#include <co.h>

struct cache {
    co_rwmutex rw;
    int entries[64];
};

void cache_fill(struct cache *c, int k) {
    co_rwmutex_rlock(&c->rw);
    if (c->entries[k & 63] == 0) {
        co_rwmutex_lock(&c->rw); // want "write-locks c->rw while holding its read lock"
        c->entries[k & 63] = k;
        co_rwmutex_unlock(&c->rw);
    }
    co_rwmutex_runlock(&c->rw);
}
