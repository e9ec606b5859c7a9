/* Hand-over-hand: the unlock right after the lock is of another mutex. */
#include <co.h>

struct node {
    co_mutex mu;
    struct node *next;
    int val;
};

int sum_two(struct node *a) {
    int s;
    co_mutex_lock(&a->mu);
    struct node *b = a->next;
    co_mutex_lock(&b->mu);
    co_mutex_unlock(&a->mu);
    s = b->val;
    co_mutex_unlock(&b->mu);
    return s;
}
