#include <co.h>

static co_mutex mu = CO_MUTEX_INIT;
static int a, b;

void step(void) {
    co_mutex_lock(&mu);
    a++;
    co_mutex_unlock(&mu);
    co_mutex_lock(&mu);
    b++;
    co_mutex_unlock(&mu);
}
