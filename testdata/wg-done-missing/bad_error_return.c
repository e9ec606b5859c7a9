// run: deadlock
/* An error path returns before the Done: Wait blocks forever. */
#include <co.h>

static co_waitgroup wg;

static int validate(int n) { return n >= 0; }

static void worker(void *arg) {
    int n = *(int *)arg;
    if (!validate(n))
        return; // want "worker can return without co_wg_done on wg"
    co_wg_done(&wg);
}

static void run(void *arg) {
    (void)arg;
    static int bad = -1;
    co_wg_add(&wg, 1);
    co_go(worker, &bad);
    co_wg_wait(&wg);
}

int main(void) { return co_main(run, NULL); }
