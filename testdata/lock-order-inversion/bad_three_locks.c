/* A cycle of three locks over three goroutines: no two of them invert,
 * but each can hold one lock and wait for the next. */
#include <co.h>

static co_mutex mu_a = CO_MUTEX_INIT;
static co_mutex mu_b = CO_MUTEX_INIT;
static co_mutex mu_c = CO_MUTEX_INIT;
static int x, y, z;

static void ab(void *arg) {
    (void)arg;
    co_mutex_lock(&mu_a);
    co_mutex_lock(&mu_b); // want "lock order cycle: mu_b is locked while holding mu_a, bc\(\) locks mu_c while holding mu_b .* ca\(\) locks mu_a while holding mu_c"
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

static void ca(void *arg) {
    (void)arg;
    co_mutex_lock(&mu_c);
    co_mutex_lock(&mu_a);
    z++;
    co_mutex_unlock(&mu_a);
    co_mutex_unlock(&mu_c);
}

void start(void) {
    co_go(ab, NULL);
    co_go(bc, NULL);
    co_go(ca, NULL);
}
