#include <co.h>

static co_mutex mu = CO_MUTEX_INIT;
static int data;

int read_data(void) {
    co_mutex_lock(&mu);
    CO_DEFER_UNLOCK(&mu);
    return data;
}
