/* Only the spawner waits. */
#include <co.h>

static co_waitgroup wg;

static void worker(void *arg) { (void)arg; CO_DEFER_DONE(&wg); }

static void run(void *arg) {
    (void)arg;
    co_wg_add(&wg, 2);
    co_go(worker, NULL);
    co_go(worker, NULL);
    co_wg_wait(&wg);
}

int main(void) { return co_main(run, NULL); }
