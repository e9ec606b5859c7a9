/* leak_after_grace.c: a goroutine still sleeping when the grace period
 * (shortened to 10 ms here) ends is a leak, reported in its sleep.
 * env: CO_LEAKCHECK_GRACE_MS=10
 * expect-exit: 1
 * expect-leaks: 1
 * expect: ^co: leak: goroutine \d+ blocked in sleep at {FILE}:{@SLEEP} \(spawned at {FILE}:{@SPAWN}\)$
 */
#include <co.h>
#include <stdio.h>

static void slow(void *arg) {
    (void)arg;
    co_sleep(2 * CO_SECOND); /* @SLEEP */
    puts("woke");
}

static void run(void *arg) {
    (void)arg;
    co_go(slow, NULL); /* @SPAWN */
    co_sleep(CO_MILLISECOND);
}

int main(void) { return co_main(run, NULL); }
