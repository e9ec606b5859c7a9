#include <co.h>

static co_mutex mu = CO_MUTEX_INIT;
static int work;

static void poller(void *arg) {
    (void)arg;
    if (!co_mutex_trylock(&mu)) {
        co_mutex_unlock(&mu); // want "unlock of mu, which is not held here"
        return;
    }
    work++;
    co_mutex_unlock(&mu);
}

void start(void) { co_go(poller, NULL); }
