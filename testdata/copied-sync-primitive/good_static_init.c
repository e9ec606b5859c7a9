#include <co.h>

struct counter {
    co_mutex mu;
    long n;
};

static long total;

long fresh_counter(void) {
    struct counter c = { CO_MUTEX_INIT, 0 };
    co_mutex m = CO_MUTEX_INIT;
    co_mutex_lock(&m);
    total += c.n;
    co_mutex_unlock(&m);
    return c.n;
}
