/* The Once lives in a heap object that outlives the call. */
#include <co.h>
#include <stdlib.h>

struct cache { co_once once; int *table; };

static void fill(void *arg) {
    struct cache *c = arg;
    c->table = calloc(16, sizeof *c->table);
}

struct cache *cache_new(void) { return calloc(1, sizeof(struct cache)); }

int *cache_table(struct cache *c) {
    co_once_do(&c->once, fill, c);
    return c->table;
}
