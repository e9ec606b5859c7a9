#include <co.h>

static co_rwmutex shards[8];

int shard_peek(int k) {
    co_rwmutex rw = shards[k & 7]; // want "shards\[\] is copied: initialised"
    co_rwmutex_rlock(&rw);
    co_rwmutex_runlock(&rw);
    return k;
}
