// run: deadlock
/* Two goroutines take the same two locks in opposite orders (AB-BA). */
#include <co.h>

static co_mutex mu_a = CO_MUTEX_INIT;
static co_mutex mu_b = CO_MUTEX_INIT;
static co_waitgroup wg = CO_WAITGROUP_INIT;
static int x, y;

static void left(void *arg) {
    (void)arg;
    co_mutex_lock(&mu_a);
    co_sleep(20 * CO_MILLISECOND);
    co_mutex_lock(&mu_b); // want "lock order inversion: mu_b is locked while holding mu_a, but right\(\) locks mu_a while holding mu_b"
    x++;
    co_mutex_unlock(&mu_b);
    co_mutex_unlock(&mu_a);
    co_wg_done(&wg);
}

static void right(void *arg) {
    (void)arg;
    co_mutex_lock(&mu_b);
    co_sleep(20 * CO_MILLISECOND);
    co_mutex_lock(&mu_a);
    y++;
    co_mutex_unlock(&mu_a);
    co_mutex_unlock(&mu_b);
    co_wg_done(&wg);
}

static void run(void *arg) {
    (void)arg;
    co_wg_add(&wg, 2);
    co_go(left, NULL);
    co_go(right, NULL);
    co_wg_wait(&wg);
}

int main(void) { return co_main(run, NULL); }
