/* A WaitGroup on the spawner's stack, passed by pointer. */
#include <co.h>

static void fetch(void *arg) {
    co_waitgroup *wg = arg;
    co_wg_add(wg, 1); // want "co_wg_add on wg runs inside the goroutine it counts"
    co_sleep(CO_MILLISECOND);
    co_wg_done(wg);
}

void fetch_all(void) {
    co_waitgroup wg = CO_WAITGROUP_INIT;
    co_go(fetch, &wg);
    co_go(fetch, &wg);
    co_wg_wait(&wg);
}
