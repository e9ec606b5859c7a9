/* Copy the data, not the struct that holds the lock. */
#include <co.h>

struct counter {
    co_mutex mu;
    long n;
};

long snapshot(struct counter *c) {
    co_mutex_lock(&c->mu);
    long n = c->n;
    co_mutex_unlock(&c->mu);
    return n;
}
