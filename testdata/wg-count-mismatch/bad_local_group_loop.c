/* A local group: Add(1) before a loop whose bound is a parameter. */
#include <co.h>

static void ping(void *arg) {
    co_waitgroup *wg = arg;
    co_wg_done(wg);
}

void ping_all(int n) {
    co_waitgroup wg = CO_WAITGROUP_INIT;
    co_wg_add(&wg, 1); // want "co_wg_add adds 1 to wg, but a loop below spawns goroutines that each call co_wg_done"
    for (int i = 0; i < n; i++)
        co_go(ping, &wg);
    co_wg_wait(&wg);
}
