/* Rounds of Add/Wait in one goroutine: each Wait returns before the next Add. */
#include <co.h>

static co_waitgroup wg;

static void task(void *arg) { (void)arg; CO_DEFER_DONE(&wg); }

static void run(void *arg) {
    (void)arg;
    for (int r = 0; r < 3; r++) {
        co_wg_add(&wg, 2);
        co_go(task, NULL);
        co_go(task, NULL);
        co_wg_wait(&wg);
    }
}

int main(void) { return co_main(run, NULL); }
