/* The cache miss fills the table under the read lock. */
#include <co.h>

struct memo {
    co_rwmutex rw;
    int vals[64];
};

int memo_get(struct memo *m, int k) {
    co_rwmutex_rlock(&m->rw);
    int v = m->vals[k & 63];
    if (v == 0) {
        v = k * k;
        m->vals[k & 63] = v; // want "m->vals\[\] is written while holding only the read lock of m->rw"
    }
    co_rwmutex_runlock(&m->rw);
    return v;
}
