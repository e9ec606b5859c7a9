/* A local group: the spawner's deferred Done. */
#include <co.h>

static void fetch(void *arg) { (void)arg; co_sleep(CO_MICROSECOND); }

void fetch_one(void) {
    co_waitgroup wg = CO_WAITGROUP_INIT;
    co_wg_add(&wg, 1);
    CO_DEFER_DONE(&wg); // want "co_wg_done on wg runs in fetch_one, the spawner, not in the goroutine fetch"
    co_go(fetch, NULL);
    co_wg_wait(&wg);
}
