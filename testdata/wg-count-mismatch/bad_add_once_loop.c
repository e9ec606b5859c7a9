// run: panic
/* Add(1) once, then a loop spawns 3 goroutines that each call Done:
 * the counter goes negative. */
#include <co.h>

static co_waitgroup wg;

static void worker(void *arg) { (void)arg; CO_DEFER_DONE(&wg); }

static void run(void *arg) {
    (void)arg;
    co_wg_add(&wg, 1); // want "co_wg_add adds 1 to wg, but 3 goroutines spawned below each call co_wg_done"
    for (int i = 0; i < 3; i++)
        co_go(worker, NULL);
    co_wg_wait(&wg);
    co_sleep(10 * CO_MILLISECOND);
}

int main(void) { return co_main(run, NULL); }
