// run: deadlock
/* An explicit Done after the Wait. */
#include <co.h>

static co_waitgroup wg;

static void worker(void *arg) {
    (void)arg;
    co_wg_wait(&wg); // want "worker waits on wg, which counts worker itself"
    co_wg_done(&wg);
}

static void run(void *arg) {
    (void)arg;
    for (int i = 0; i < 2; i++) {
        co_wg_add(&wg, 1);
        co_go(worker, NULL);
    }
    co_wg_wait(&wg);
}

int main(void) { return co_main(run, NULL); }
