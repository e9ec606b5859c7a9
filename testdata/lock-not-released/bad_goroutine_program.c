// run: deadlock
/* The worker returns holding the lock; the next locker waits forever. */
#include <co.h>

static co_mutex mu = CO_MUTEX_INIT;
static co_waitgroup wg = CO_WAITGROUP_INIT;
static int counter;

static void worker(void *arg) {
    (void)arg;
    co_mutex_lock(&mu); // want "mu is not released"
    counter++;
    co_wg_done(&wg);
}

static void run(void *arg) {
    (void)arg;
    co_wg_add(&wg, 1);
    co_go(worker, NULL);
    co_wg_wait(&wg);
    co_mutex_lock(&mu);
    counter++;
    co_mutex_unlock(&mu);
}

int main(void) { return co_main(run, NULL); }
