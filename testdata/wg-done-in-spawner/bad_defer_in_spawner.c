// run: deadlock
/* The seed's badDefer: the deferred Done belongs to the spawner, so it runs
 * when run() returns, after the Wait that needs it. */
#include <co.h>

static co_waitgroup wg;

static void work(void *arg) {
    (void)arg;
    co_sleep(CO_MILLISECOND);
}

static void run(void *arg) {
    (void)arg;
    co_wg_add(&wg, 1);
    CO_DEFER_DONE(&wg); // want "co_wg_done on wg runs in run, the spawner, not in the goroutine work"
    co_go(work, NULL);
    co_wg_wait(&wg);
}

int main(void) { return co_main(run, NULL); }
