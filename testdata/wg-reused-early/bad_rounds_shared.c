/* Two goroutines run rounds of Add/Wait on the same group. */
#include <co.h>

static co_waitgroup wg;

static void task(void *arg) { (void)arg; CO_DEFER_DONE(&wg); }

static void rounds(void *arg) {
    (void)arg;
    for (int r = 0; r < 10; r++) {
        co_wg_add(&wg, 1); // want "co_wg_add on wg can run while co_wg_wait on wg in rounds"
        co_go(task, NULL);
        co_wg_wait(&wg);
    }
}

void start(void) {
    co_go(rounds, NULL);
    co_go(rounds, NULL);
}
