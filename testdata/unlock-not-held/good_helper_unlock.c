/* A helper called with the lock held: cvet does not know the caller's
 * state at entry, so it does not guess. */
#include <co.h>

struct dev {
    co_mutex mu;
    int busy;
};

void dev_release(struct dev *d) {
    d->busy = 0;
    co_mutex_unlock(&d->mu);
}
