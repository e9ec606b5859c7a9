/* Two different accounts: a->mu and b->mu are different locks. */
#include <co.h>

struct account {
    co_mutex mu;
    long balance;
};

void transfer_ordered(struct account *a, struct account *b, long n) {
    co_mutex_lock(&a->mu);
    co_mutex_lock(&b->mu);
    a->balance -= n;
    b->balance += n;
    co_mutex_unlock(&b->mu);
    co_mutex_unlock(&a->mu);
}
