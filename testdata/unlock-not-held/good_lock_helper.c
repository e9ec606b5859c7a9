/* The lock is taken by a helper. */
#include <co.h>

struct dev {
    co_mutex mu;
    int regs[4];
};

static void dev_lock(struct dev *d) { co_mutex_lock(&d->mu); }

static void reader(void *arg) {
    struct dev *d = arg;
    dev_lock(d);
    d->regs[0]++;
    co_mutex_unlock(&d->mu);
}

void start(struct dev *d) { co_go(reader, d); }
