/* An unannotated helper that only locks: its callers do the unlock. */
#include <co.h>

struct dev {
    co_mutex mu;
    int regs[4];
};

static void dev_lock(struct dev *d) { co_mutex_lock(&d->mu); }

int dev_read(struct dev *d, int r) {
    dev_lock(d);
    int v = d->regs[r & 3];
    co_mutex_unlock(&d->mu);
    return v;
}
