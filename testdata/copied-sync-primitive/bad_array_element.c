#include <co.h>

static co_rwmutex shards[8];
static int data[8];

int shard_peek(int k) {
    co_rwmutex rw = shards[k & 7]; // want "shards\[\] is copied: initialised"
    co_rwmutex_rlock(&rw);
    int v = data[k & 7];
    co_rwmutex_runlock(&rw);
    return v;
}
