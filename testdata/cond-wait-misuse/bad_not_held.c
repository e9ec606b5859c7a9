#include <co.h>

static co_mutex mu = CO_MUTEX_INIT;
static co_cond cv = CO_COND_INIT;
static int ready;

static void waiter(void *arg) {
    (void)arg;
    while (!ready)
        co_cond_wait(&cv, &mu); // want "co_cond_wait on cv without holding mu"
}

void start(void) { co_go(waiter, NULL); }
