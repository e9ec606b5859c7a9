/* Both orders exist, but only one goroutine ever runs them, one after the
 * other. */
#include <co.h>

static co_mutex mu_a = CO_MUTEX_INIT;
static co_mutex mu_b = CO_MUTEX_INIT;
static int x;

static void ab(void) {
    co_mutex_lock(&mu_a);
    co_mutex_lock(&mu_b);
    x++;
    co_mutex_unlock(&mu_b);
    co_mutex_unlock(&mu_a);
}

static void ba(void) {
    co_mutex_lock(&mu_b);
    co_mutex_lock(&mu_a);
    x--;
    co_mutex_unlock(&mu_a);
    co_mutex_unlock(&mu_b);
}

static void run(void *arg) {
    (void)arg;
    ab();
    ba();
}

int main(void) { return co_main(run, NULL); }
