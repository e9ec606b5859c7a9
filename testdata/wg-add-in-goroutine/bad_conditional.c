/* The Add runs only on one branch inside the goroutine: still racing with Wait. */
#include <co.h>

static co_waitgroup wg;
static int verbose;

static void job(void *arg) {
    (void)arg;
    if (verbose) {
        co_wg_add(&wg, 1); // want "co_wg_add on wg runs inside the goroutine it counts"
        co_wg_done(&wg);
    }
}

void go_jobs(void) {
    co_go(job, NULL);
    co_wg_wait(&wg);
}
