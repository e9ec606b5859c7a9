/* Done on two exclusive branches: once per path. */
#include <co.h>

static co_waitgroup wg;

static void worker(void *arg) {
    int *err = arg;
    if (*err) {
        co_wg_done(&wg);
        return;
    }
    co_wg_done(&wg);
}

static void run(void *arg) {
    (void)arg;
    static int err = 1;
    co_wg_add(&wg, 1);
    co_go(worker, &err);
    co_wg_wait(&wg);
}

int main(void) { return co_main(run, NULL); }
