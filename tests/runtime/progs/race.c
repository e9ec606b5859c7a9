/* race.c: two goroutines write a global with no synchronisation between
 * them (only a final WaitGroup): TSan must report a data race.
 * tsan: race
 */
#include <co.h>
#include <stdio.h>

static co_waitgroup wg = CO_WAITGROUP_INIT;
static long shared;

static void writer(void *arg) {
    CO_DEFER_DONE(&wg);
    for (int i = 0; i < 100; i++) {
        shared += (long)(intptr_t)arg; /* @RACE */
        co_yield();
    }
}

static void run(void *arg) {
    (void)arg;
    co_wg_add(&wg, 2);
    co_go(writer, (void *)1);
    co_go(writer, (void *)2);
    co_wg_wait(&wg);
    printf("%ld\n", shared);
}

int main(void) { return co_main(run, NULL); }
