#include <co.h>

struct pair {
    co_rwmutex left, right;
    int l, r;
};

int pair_sum(struct pair *p) {
    co_rwmutex_rlock(&p->left);
    co_rwmutex_rlock(&p->right);
    int s = p->l + p->r;
    co_rwmutex_runlock(&p->right);
    co_rwmutex_runlock(&p->left);
    return s;
}
