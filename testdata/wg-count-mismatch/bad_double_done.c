// run: panic
/* Done twice in one goroutine: an explicit Done and a deferred one. */
#include <co.h>

static co_waitgroup wg;

static void worker(void *arg) {
    (void)arg;
    CO_DEFER_DONE(&wg);
    co_wg_done(&wg); // want "co_wg_done on wg can run twice in worker"
}

static void run(void *arg) {
    (void)arg;
    co_wg_add(&wg, 1);
    co_go(worker, NULL);
    co_wg_wait(&wg);
    co_sleep(10 * CO_MILLISECOND);
}

int main(void) { return co_main(run, NULL); }
