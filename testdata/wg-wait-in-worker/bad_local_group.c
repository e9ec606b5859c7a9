/* A group on the spawner's stack handed to the goroutine. */
#include <co.h>

static void task(void *arg) {
    co_waitgroup *wg = arg;
    CO_DEFER_DONE(wg);
    co_wg_wait(wg); // want "task waits on wg, which counts task itself"
}

void run_tasks(void) {
    co_waitgroup wg = CO_WAITGROUP_INIT;
    co_wg_add(&wg, 1);
    co_go(task, &wg);
    co_wg_wait(&wg);
}
