/* The helper that calls Done does so only sometimes. */
#include <co.h>

static co_waitgroup wg;

static void finish(co_waitgroup *g, int ok) {
    if (ok) co_wg_done(g);
}

static void job(void *arg) {
    int ok = arg != NULL;
    finish(&wg, ok);
} // want "job can return without co_wg_done on wg"

void spawn_job(void *arg) {
    co_wg_add(&wg, 1);
    co_go(job, arg);
    co_wg_wait(&wg);
}
