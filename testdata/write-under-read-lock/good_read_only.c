#include <co.h>

struct cache {
    co_rwmutex rw;
    int vals[32];
};

int cache_sum(struct cache *c) {
    int s = 0;
    co_rwmutex_rlock(&c->rw);
    for (int i = 0; i < 32; i++)
        s += c->vals[i];
    co_rwmutex_runlock(&c->rw);
    return s;
}
