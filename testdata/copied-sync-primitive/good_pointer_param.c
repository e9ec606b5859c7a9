#include <co.h>

static int counter;
static co_mutex mu = CO_MUTEX_INIT;

static void bump(co_mutex *m) {
    co_mutex_lock(m);
    counter++;
    co_mutex_unlock(m);
}

void bump_twice(void) {
    bump(&mu);
    bump(&mu);
}
