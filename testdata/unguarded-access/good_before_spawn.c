/* main initialises before any goroutine exists and reads after they are
 * all done. */
#include <co.h>

static co_mutex mu = CO_MUTEX_INIT;
static co_waitgroup wg = CO_WAITGROUP_INIT;
static int total;

static void worker(void *arg) {
    (void)arg;
    co_mutex_lock(&mu);
    total += 2;
    co_mutex_unlock(&mu);
    co_wg_done(&wg);
}

static void run(void *arg) {
    int *out = arg;
    total = 10;
    co_wg_add(&wg, 2);
    co_go(worker, NULL);
    co_go(worker, NULL);
    co_wg_wait(&wg);
    *out = total;
}

int main(void) {
    int out = 0;
    return co_main(run, &out);
}
