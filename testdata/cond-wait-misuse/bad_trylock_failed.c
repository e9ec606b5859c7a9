#include <co.h>

static co_mutex mu = CO_MUTEX_INIT;
static co_cond cv = CO_COND_INIT;
static int ready;

static void waiter(void *arg) {
    (void)arg;
    if (!co_mutex_trylock(&mu)) {
        while (!ready)
            co_cond_wait(&cv, &mu); // want "without holding mu"
        return;
    }
    ready = 0;
    co_mutex_unlock(&mu);
}

void start(void) { co_go(waiter, NULL); }
