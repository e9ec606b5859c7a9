/* The early return sits behind a condition that is constant false. */
#include <co.h>

static co_waitgroup wg;

static void worker(void *arg) {
    (void)arg;
    if (0)
        return;
    co_wg_done(&wg);
}

static void run(void *arg) {
    (void)arg;
    co_wg_add(&wg, 1);
    co_go(worker, NULL);
    co_wg_wait(&wg);
}

int main(void) { return co_main(run, NULL); }
