/* On the error path the goroutine calls Done, then falls through to the
 * second Done. */
#include <co.h>

static co_waitgroup wg;

static void worker(void *arg) {
    int *err = arg;
    if (*err)
        co_wg_done(&wg);
    co_wg_done(&wg); // want "co_wg_done on wg can run twice in worker"
}

void start(int *err) {
    co_wg_add(&wg, 1);
    co_go(worker, err);
    co_wg_wait(&wg);
}
