/* The guard runs at the end of the block, which ends right away. */
#include <co.h>

static co_mutex mu = CO_MUTEX_INIT;
static int ready;

void wait_ready(void) {
    {
        co_mutex_lock(&mu); // want "empty critical section: mu"
        CO_DEFER_UNLOCK(&mu);
    }
    ready = 1;
}
