// run: deadlock
/* The worker is counted by wg (its deferred Done runs at exit) and waits on
 * wg before that: it waits for itself. */
#include <co.h>

static co_waitgroup wg;

static void worker(void *arg) {
    (void)arg;
    CO_DEFER_DONE(&wg);
    co_wg_wait(&wg); // want "worker waits on wg, which counts worker itself"
}

static void run(void *arg) {
    (void)arg;
    co_wg_add(&wg, 1);
    co_go(worker, NULL);
    co_wg_wait(&wg);
}

int main(void) { return co_main(run, NULL); }
