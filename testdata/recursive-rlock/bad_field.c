#include <co.h>

struct registry {
    co_rwmutex rw;
    int names[16];
};

int registry_pair(struct registry *r, int a, int b) {
    co_rwmutex_rlock(&r->rw);
    int x = r->names[a & 15];
    co_rwmutex_rlock(&r->rw); // want "r->rw is read-locked again"
    int y = r->names[b & 15];
    co_rwmutex_runlock(&r->rw);
    co_rwmutex_runlock(&r->rw);
    return x + y;
}
