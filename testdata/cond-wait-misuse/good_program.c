#include <co.h>

static co_mutex mu = CO_MUTEX_INIT;
static co_cond cv = CO_COND_INIT;
static co_waitgroup wg = CO_WAITGROUP_INIT;
static int items;

static void consumer(void *arg) {
    (void)arg;
    CO_DEFER_DONE(&wg);
    for (int i = 0; i < 3; i++) {
        co_mutex_lock(&mu);
        while (items == 0)
            co_cond_wait(&cv, &mu);
        items--;
        co_mutex_unlock(&mu);
    }
}

static void run(void *arg) {
    (void)arg;
    co_wg_add(&wg, 1);
    co_go(consumer, NULL);
    for (int i = 0; i < 3; i++) {
        co_mutex_lock(&mu);
        items++;
        co_cond_signal(&cv);
        co_mutex_unlock(&mu);
    }
    co_wg_wait(&wg);
}

int main(void) { return co_main(run, NULL); }
