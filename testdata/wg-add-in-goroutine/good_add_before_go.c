/* Correct: Add before co_go, Done deferred in the goroutine. */
#include <co.h>

static co_waitgroup wg;

static void worker(void *arg) {
    (void)arg;
    CO_DEFER_DONE(&wg);
    co_sleep(CO_MILLISECOND);
}

static void run(void *arg) {
    (void)arg;
    for (int i = 0; i < 4; i++) {
        co_wg_add(&wg, 1);
        co_go(worker, NULL);
    }
    co_wg_wait(&wg);
}

int main(void) { return co_main(run, NULL); }
