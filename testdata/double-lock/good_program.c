#include <co.h>

static co_mutex mu = CO_MUTEX_INIT;
static co_waitgroup wg = CO_WAITGROUP_INIT;
static long balance;

static long get_balance(void) {
    co_mutex_lock(&mu);
    CO_DEFER_UNLOCK(&mu);
    return balance;
}

static void depositor(void *arg) {
    (void)arg;
    CO_DEFER_DONE(&wg);
    co_mutex_lock(&mu);
    balance += 10;
    co_mutex_unlock(&mu);
    (void)get_balance();
}

static void run(void *arg) {
    (void)arg;
    for (int i = 0; i < 3; i++) {
        co_wg_add(&wg, 1);
        co_go(depositor, NULL);
    }
    co_wg_wait(&wg);
}

int main(void) { return co_main(run, NULL); }
