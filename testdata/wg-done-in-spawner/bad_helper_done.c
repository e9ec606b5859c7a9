/* A helper called by the spawner does the Done. */
#include <co.h>

static co_waitgroup wg;

static void mark_done(void) { co_wg_done(&wg); }

static void job(void *arg) { (void)arg; co_yield(); }

void run_job(void) {
    co_wg_add(&wg, 1);
    co_go(job, NULL);
    mark_done(); // want "co_wg_done on wg runs in run_job, the spawner, not in the goroutine job"
    co_wg_wait(&wg);
}
