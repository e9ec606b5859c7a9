#include <co.h>

static co_mutex mu_a = CO_MUTEX_INIT;
static co_mutex mu_b = CO_MUTEX_INIT;
static co_waitgroup wg = CO_WAITGROUP_INIT;
static int x, y;

static void worker(void *arg) {
    (void)arg;
    CO_DEFER_DONE(&wg);
    co_mutex_lock(&mu_a);
    co_mutex_lock(&mu_b);
    x++;
    y++;
    co_mutex_unlock(&mu_b);
    co_mutex_unlock(&mu_a);
}

static void run(void *arg) {
    (void)arg;
    for (int i = 0; i < 4; i++) {
        co_wg_add(&wg, 1);
        co_go(worker, NULL);
    }
    co_wg_wait(&wg);
}

int main(void) { return co_main(run, NULL); }
