// run: deadlock
/* Add(3) but only two goroutines call Done: Wait blocks forever. */
#include <co.h>

static co_waitgroup wg;

static void worker(void *arg) { (void)arg; co_wg_done(&wg); }

static void run(void *arg) {
    (void)arg;
    co_wg_add(&wg, 3); // want "co_wg_add adds 3 to wg, but 2 goroutines spawned below each call co_wg_done"
    co_go(worker, NULL);
    co_go(worker, NULL);
    co_wg_wait(&wg);
}

int main(void) { return co_main(run, NULL); }
