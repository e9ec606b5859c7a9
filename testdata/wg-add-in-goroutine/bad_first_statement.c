/* The seed's pattern: Add as the goroutine's first statement. */
#include <co.h>

static co_waitgroup wg;

static void worker(void *arg) {
    (void)arg;
    co_wg_add(&wg, 1); // want "co_wg_add on wg runs inside the goroutine it counts"
    CO_DEFER_DONE(&wg);
    co_sleep(CO_MILLISECOND);
}

static void run(void *arg) {
    (void)arg;
    for (int i = 0; i < 4; i++) co_go(worker, NULL);
    co_wg_wait(&wg);
}

int main(void) { return co_main(run, NULL); }
