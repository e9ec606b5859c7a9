#include <co.h>

static co_rwmutex rw = CO_RWMUTEX_INIT;
static co_waitgroup wg = CO_WAITGROUP_INIT;
static int value;

static void reader(void *arg) {
    int *out = arg;
    CO_DEFER_DONE(&wg);
    co_rwmutex_rlock(&rw);
    *out = value;
    co_rwmutex_runlock(&rw);
}

static void run(void *arg) {
    (void)arg;
    int a = 0, b = 0;
    co_rwmutex_lock(&rw);
    value = 7;
    co_rwmutex_unlock(&rw);
    co_wg_add(&wg, 2);
    co_go(reader, &a);
    co_go(reader, &b);
    co_wg_wait(&wg);
}

int main(void) { return co_main(run, NULL); }
