#include <co.h>

struct index {
    co_rwmutex rw;
    int keys[8];
};

int index_count(struct index *ix) {
    int n = 0;
    co_rwmutex_rlock(&ix->rw);
    for (int i = 0; i < 8; i++) {
        co_rwmutex_rlock(&ix->rw); // want "ix->rw is read-locked again"
        if (ix->keys[i])
            n++;
        co_rwmutex_runlock(&ix->rw);
    }
    co_rwmutex_runlock(&ix->rw);
    return n;
}
