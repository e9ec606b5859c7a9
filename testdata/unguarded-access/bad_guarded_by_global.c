#include <co.h>

static co_mutex mu = CO_MUTEX_INIT;
static int hits CO_GUARDED_BY(mu);

static void worker(void *arg) {
    (void)arg;
    hits++; // want "hits is written without holding mu.*CO_GUARDED_BY"
}

void start(void) { co_go(worker, NULL); }
