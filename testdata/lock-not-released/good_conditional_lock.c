/* The lock and the unlock are under the same condition. */
#include <co.h>

static co_mutex mu = CO_MUTEX_INIT;
static int counter;

void add(int shared) {
    if (shared)
        co_mutex_lock(&mu);
    counter++;
    if (shared)
        co_mutex_unlock(&mu);
}
