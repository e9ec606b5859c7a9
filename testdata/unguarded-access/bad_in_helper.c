/* The unguarded write is in a helper that a goroutine calls. */
#include <co.h>

struct cache {
    co_mutex mu;
    int size;
};

static void cache_reset(struct cache *c) {
    c->size = 0; // want "c->size is written without holding c->mu"
}

static void janitor(void *arg) {
    struct cache *c = arg;
    cache_reset(c);
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
