/* A helper that waits, called by a counted goroutine. */
#include <co.h>

static co_waitgroup wg;

static void sync_all(void) { co_wg_wait(&wg); }

static void worker(void *arg) {
    (void)arg;
    CO_DEFER_DONE(&wg);
    sync_all(); // want "worker waits on wg, which counts worker itself"
}

void start(void) {
    co_wg_add(&wg, 1);
    co_go(worker, NULL);
}
