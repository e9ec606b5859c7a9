/* Hand-over-hand locking down a list: the lock taken in the loop is the
 * next node's, released through `cur` on the next step or after the loop. */
#include <co.h>

struct node {
    co_mutex mu;
    struct node *next;
    int val;
};

int list_sum(struct node *head) {
    struct node *cur = head;
    int sum = 0;
    co_mutex_lock(&cur->mu);
    do {
        sum += cur->val;
        struct node *nx = cur->next;
        if (!nx)
            break;
        co_mutex_lock(&nx->mu);
        co_mutex_unlock(&cur->mu);
        cur = nx;
    } while (1);
    co_mutex_unlock(&cur->mu);
    return sum;
}
