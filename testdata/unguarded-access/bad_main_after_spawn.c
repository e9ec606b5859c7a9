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
    (void)arg;
    co_wg_add(&wg, 1);
    co_go(worker, NULL);
    total = 0; // want "total is written without holding mu"
    co_wg_wait(&wg);
}

int main(void) { return co_main(run, NULL); }
