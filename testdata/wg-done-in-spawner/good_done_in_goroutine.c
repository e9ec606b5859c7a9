/* The Done is deferred inside the goroutine. */
#include <co.h>

static co_waitgroup wg;

static void work(void *arg) {
    (void)arg;
    CO_DEFER_DONE(&wg);
    co_sleep(CO_MICROSECOND);
}

static void run(void *arg) {
    (void)arg;
    co_wg_add(&wg, 1);
    co_go(work, NULL);
    co_wg_wait(&wg);
}

int main(void) { return co_main(run, NULL); }
