#include <co.h>

static co_rwmutex rw = CO_RWMUTEX_INIT;
static co_waitgroup wg = CO_WAITGROUP_INIT;
static int config = 1;

static int config_get(void) {
    co_rwmutex_rlock(&rw);
    CO_DEFER_RUNLOCK(&rw);
    return config;
}

static void reader(void *arg) {
    (void)arg;
    CO_DEFER_DONE(&wg);
    int sum = 0;
    for (int i = 0; i < 3; i++)
        sum += config_get();
    (void)sum;
}

static void writer(void *arg) {
    (void)arg;
    CO_DEFER_DONE(&wg);
    co_rwmutex_lock(&rw);
    config++;
    co_rwmutex_unlock(&rw);
}

static void run(void *arg) {
    (void)arg;
    co_wg_add(&wg, 2);
    co_go(reader, NULL);
    co_go(writer, NULL);
    co_wg_wait(&wg);
}

int main(void) { return co_main(run, NULL); }
