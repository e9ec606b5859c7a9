#include <co.h>

struct account {
    co_mutex mu;
    long balance CO_GUARDED_BY(mu);
};

static void auditor(void *arg) {
    struct account *a = arg;
    long b = a->balance; // want "a->balance is read without holding a->mu"
    (void)b;
}

void start(struct account *a) { co_go(auditor, a); }
