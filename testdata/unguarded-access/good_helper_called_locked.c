/* An unannotated helper: every caller holds the lock around the call. */
#include <co.h>

struct cache {
    co_mutex mu;
    int size;
};

static void cache_reset(struct cache *c) { c->size = 0; }

static void janitor(void *arg) {
    struct cache *c = arg;
    co_mutex_lock(&c->mu);
    cache_reset(c);
    co_mutex_unlock(&c->mu);
}

static void filler(void *arg) {
    struct cache *c = arg;
    co_mutex_lock(&c->mu);
    c->size++;
    co_mutex_unlock(&c->mu);
}

void start(struct cache *c) {
    co_go(janitor, c);
    co_go(filler, c);
}
