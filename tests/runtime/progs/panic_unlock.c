/* panic_unlock.c: unlocking an unlocked mutex in a goroutine panics with
 * Go's message and the caller's position.
 * expect-signal: SIGABRT
 * expect: ^panic: sync: unlock of unlocked mutex
 * expect: {FILE}:{@PANIC}\b
 */
#include <co.h>
#include <stdio.h>

static co_mutex mu = CO_MUTEX_INIT;

static void worker(void *arg) {
    (void)arg;
    co_mutex_lock(&mu);
    co_mutex_unlock(&mu);
    co_mutex_unlock(&mu); /* @PANIC */
    puts("unreachable");
}

static void run(void *arg) {
    (void)arg;
    co_go(worker, NULL);
    co_sleep(5 * CO_SECOND);
}

int main(void) { return co_main(run, NULL); }
