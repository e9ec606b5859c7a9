/* Every branch calls Done before returning. */
#include <co.h>

static co_waitgroup wg;

static void worker(void *arg) {
    int n = *(int *)arg;
    if (n < 0) {
        co_wg_done(&wg);
        return;
    }
    co_wg_done(&wg);
}

static void run(void *arg) {
    (void)arg;
    static int v = -1;
    co_wg_add(&wg, 1);
    co_go(worker, &v);
    co_wg_wait(&wg);
}

int main(void) { return co_main(run, NULL); }
