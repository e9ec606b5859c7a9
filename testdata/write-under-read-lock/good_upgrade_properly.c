/* Drop the read lock, take the write lock, re-check, write. */
#include <co.h>

struct memo {
    co_rwmutex rw;
    int vals[64];
};

int memo_get(struct memo *m, int k) {
    co_rwmutex_rlock(&m->rw);
    int v = m->vals[k & 63];
    co_rwmutex_runlock(&m->rw);
    if (v == 0) {
        co_rwmutex_lock(&m->rw);
        if (m->vals[k & 63] == 0)
            m->vals[k & 63] = k * k;
        v = m->vals[k & 63];
        co_rwmutex_unlock(&m->rw);
    }
    return v;
}
