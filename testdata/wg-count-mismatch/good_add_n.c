/* Add(n) for n spawns, with the same bound. */
#include <co.h>

static co_waitgroup wg;

static void worker(void *arg) { (void)arg; CO_DEFER_DONE(&wg); }

void run_n(int n) {
    co_wg_add(&wg, n);
    for (int i = 0; i < n; i++)
        co_go(worker, NULL);
    co_wg_wait(&wg);
}
