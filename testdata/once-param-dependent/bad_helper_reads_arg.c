/* The Once function hands its argument to a helper that uses it. */
#include <co.h>

struct cache { int cap; };

static co_once cache_once;
static struct cache the_cache;

static void configure(struct cache *c, const int *cap) { c->cap = *cap; }
static void setup(void *arg) { configure(&the_cache, arg); }

void cache_init(int *capacity) {
    co_once_do(&cache_once, setup, capacity); // want "setup, run once by co_once_do on cache_once, initialises from capacity, a parameter of cache_init"
}
