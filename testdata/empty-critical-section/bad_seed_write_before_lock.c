/* Seed 2.3: the write happens before the lock is taken, and the critical
 * section that follows is empty. */
#include <co.h>

static int data;
static co_mutex mu = CO_MUTEX_INIT;

void write_data(void) {
    data = 42;
    co_mutex_lock(&mu); // want "empty critical section: mu"
    co_mutex_unlock(&mu);
}

int read_data(void) {
    co_mutex_lock(&mu);
    CO_DEFER_UNLOCK(&mu);
    return data;
}
