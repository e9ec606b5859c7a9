/* CO_DEFER_DONE covers every return. */
#include <co.h>

static co_waitgroup wg;

static void worker(void *arg) {
    int n = *(int *)arg;
    CO_DEFER_DONE(&wg);
    if (n < 0)
        return;
    co_sleep(CO_MICROSECOND);
}

static void run(void *arg) {
    (void)arg;
    static int vals[2] = { -1, 1 };
    for (int i = 0; i < 2; i++) {
        co_wg_add(&wg, 1);
        co_go(worker, &vals[i]);
    }
    co_wg_wait(&wg);
}

int main(void) { return co_main(run, NULL); }
