/* Add(2) and a loop of 4 spawns. */
#include <co.h>

static co_waitgroup wg;

static void fetch(void *arg) { (void)arg; CO_DEFER_DONE(&wg); }

void fetch_all(void) {
    co_wg_add(&wg, 2); // want "co_wg_add adds 2 to wg, but 4 goroutines spawned below each call co_wg_done"
    for (int i = 0; i < 4; i++)
        co_go(fetch, NULL);
    co_wg_wait(&wg);
}
