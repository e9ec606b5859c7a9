#include <co.h>

static co_mutex mu_a = CO_MUTEX_INIT;
static co_mutex mu_b = CO_MUTEX_INIT;
static int x, y;

static void left(void *arg) {
    (void)arg;
    co_mutex_lock(&mu_a);
    co_mutex_lock(&mu_b);
    x++;
    co_mutex_unlock(&mu_b);
    co_mutex_unlock(&mu_a);
}

static void right(void *arg) {
    (void)arg;
    co_mutex_lock(&mu_a);
    co_mutex_lock(&mu_b);
    y++;
    co_mutex_unlock(&mu_b);
    co_mutex_unlock(&mu_a);
}

void start(void) {
    co_go(left, NULL);
    co_go(right, NULL);
}
