#include <co.h>

static co_mutex mu = CO_MUTEX_INIT;
static co_waitgroup wg = CO_WAITGROUP_INIT;
static int counter;

static int bump(int limit) {
    co_mutex_lock(&mu);
    CO_DEFER_UNLOCK(&mu);
    if (counter >= limit)
        return -1;
    counter++;
    return 0;
}

static void worker(void *arg) {
    (void)arg;
    CO_DEFER_DONE(&wg);
    while (bump(10) == 0)
        ;
}

static void run(void *arg) {
    (void)arg;
    for (int i = 0; i < 3; i++) {
        co_wg_add(&wg, 1);
        co_go(worker, NULL);
    }
    co_wg_wait(&wg);
}

int main(void) { return co_main(run, NULL); }
