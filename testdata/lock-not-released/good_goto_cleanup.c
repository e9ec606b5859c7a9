#include <co.h>

struct pool {
    co_mutex mu;
    int free;
};

int pool_take(struct pool *p) {
    int r = -1;
    co_mutex_lock(&p->mu);
    if (p->free == 0)
        goto out;
    p->free--;
    r = 0;
out:
    co_mutex_unlock(&p->mu);
    return r;
}
