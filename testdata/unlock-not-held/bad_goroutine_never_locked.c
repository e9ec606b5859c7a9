/* A goroutine starts holding no lock. */
#include <co.h>

static co_mutex mu = CO_MUTEX_INIT;
static int total;

static void worker(void *arg) {
    (void)arg;
    total++;
    co_mutex_unlock(&mu); // want "unlock of mu, which is not held here"
}

void start(void) { co_go(worker, NULL); }
