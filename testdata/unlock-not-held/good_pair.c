#include <co.h>

static co_mutex mu = CO_MUTEX_INIT;
static int counter;

void bump(void) {
    co_mutex_lock(&mu);
    counter++;
    co_mutex_unlock(&mu);
}
