/* The late Add is in a helper. */
#include <co.h>

static co_waitgroup wg;

static void work(void *arg) { (void)arg; co_wg_done(&wg); }

static void spawn_one(void) {
    co_wg_add(&wg, 1);
    co_go(work, NULL);
}

static void watcher(void *arg) { (void)arg; co_wg_wait(&wg); }

void serve(int n) {
    spawn_one();
    co_go(watcher, NULL);
    for (int i = 0; i < n; i++)
        spawn_one(); // want "co_wg_add on wg can run while co_wg_wait on wg in watcher"
}
