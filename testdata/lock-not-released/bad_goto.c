#include <co.h>

struct pool {
    co_mutex mu;
    int free;
};

int pool_take(struct pool *p) {
    int r = -1;
    co_mutex_lock(&p->mu); // want "p->mu is not released"
    if (p->free == 0)
        goto out;
    p->free--;
    r = 0;
    co_mutex_unlock(&p->mu);
out:
    return r;
}
