/* The waiter waits on another group. */
#include <co.h>

static co_waitgroup a, b;

static void wa(void *arg) { (void)arg; co_wg_done(&a); }
static void wb(void *arg) { (void)arg; co_wg_done(&b); }
static void waiter(void *arg) { (void)arg; co_wg_wait(&a); }

static void run(void *arg) {
    (void)arg;
    co_wg_add(&a, 1);
    co_go(wa, NULL);
    co_go(waiter, NULL);
    co_wg_add(&b, 1);
    co_go(wb, NULL);
    co_wg_wait(&b);
    co_sleep(CO_MILLISECOND);
}

int main(void) { return co_main(run, NULL); }
