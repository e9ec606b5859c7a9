/* clean_grace.c: a goroutine still sleeping when main returns, finishing
 * within the leak check's grace period (CO_LEAKCHECK_GRACE_MS, 100 ms by
 * default): not a leak.
 * expect-exit: 0
 * expect-leaks: 0
 * expect-stderr-empty
 */
#include <co.h>

static void late(void *arg) {
    (void)arg;
    co_sleep(20 * CO_MILLISECOND);
}

static void run(void *arg) {
    (void)arg;
    co_go(late, NULL);
}

int main(void) { return co_main(run, NULL); }
