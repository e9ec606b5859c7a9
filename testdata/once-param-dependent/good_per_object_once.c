/* The Once belongs to the object the parameter names: per-object init. */
#include <co.h>

struct limiter { co_once once; const char *name; int rate; };

static void init_limiter(void *arg) {
    struct limiter *l = arg;
    l->rate = 100;
}

int limiter_rate(struct limiter *l) {
    co_once_do(&l->once, init_limiter, l);
    return l->rate;
}
