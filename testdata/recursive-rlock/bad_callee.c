/* Go: func (c *Cache) Get() { c.mu.RLock(); defer c.mu.RUnlock(); c.Len() } */
#include <co.h>

struct cache {
    co_rwmutex rw;
    int n;
    int vals[32];
};

static int cache_len(struct cache *c) {
    co_rwmutex_rlock(&c->rw);
    int n = c->n;
    co_rwmutex_runlock(&c->rw);
    return n;
}

int cache_get(struct cache *c, int k) {
    co_rwmutex_rlock(&c->rw);
    CO_DEFER_RUNLOCK(&c->rw);
    if (k >= cache_len(c)) // want "cache_len\(\) read-locks c->rw again while this goroutine already holds a read lock"
        return -1;
    return c->vals[k & 31];
}
