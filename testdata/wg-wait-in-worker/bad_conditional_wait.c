/* Waits on one branch before its Done. */
#include <co.h>

static co_waitgroup wg;
static int leader;

static void worker(void *arg) {
    (void)arg;
    if (leader)
        co_wg_wait(&wg); // want "worker waits on wg, which counts worker itself"
    co_wg_done(&wg);
}

void start(void) {
    co_wg_add(&wg, 1);
    co_go(worker, NULL);
}
