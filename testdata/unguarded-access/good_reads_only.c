/* Nobody writes it after the goroutines start: reads need no lock. */
#include <co.h>

static co_mutex mu = CO_MUTEX_INIT;
static int limit;

static void a(void *arg) {
    int *out = arg;
    co_mutex_lock(&mu);
    *out = limit;
    co_mutex_unlock(&mu);
}

static void b(void *arg) {
    int *out = arg;
    *out = limit * 2;
}

void start(int *x, int *y) {
    co_go(a, x);
    co_go(b, y);
}
