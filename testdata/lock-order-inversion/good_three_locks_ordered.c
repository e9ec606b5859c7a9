/* Three locks, always taken in the order a < b < c. */
#include <co.h>

static co_mutex mu_a = CO_MUTEX_INIT;
static co_mutex mu_b = CO_MUTEX_INIT;
static co_mutex mu_c = CO_MUTEX_INIT;
static int x, y, z;

static void ab(void *arg) {
    (void)arg;
    co_mutex_lock(&mu_a);
    co_mutex_lock(&mu_b);
    x++;
    co_mutex_unlock(&mu_b);
    co_mutex_unlock(&mu_a);
}

static void bc(void *arg) {
    (void)arg;
    co_mutex_lock(&mu_b);
    co_mutex_lock(&mu_c);
    y++;
    co_mutex_unlock(&mu_c);
    co_mutex_unlock(&mu_b);
}

static void ac(void *arg) {
    (void)arg;
    co_mutex_lock(&mu_a);
    co_mutex_lock(&mu_c);
    z++;
    co_mutex_unlock(&mu_c);
    co_mutex_unlock(&mu_a);
}

void start(void) {
    co_go(ab, NULL);
    co_go(bc, NULL);
    co_go(ac, NULL);
}
