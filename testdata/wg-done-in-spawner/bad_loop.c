/* In a loop: each iteration's Done runs in the spawner. */
#include <co.h>

static co_waitgroup wg;
static int results[8];

static void square(void *arg) {
    int *p = arg;
    *p = *p * *p;
}

void squares(void) {
    for (int i = 0; i < 8; i++) {
        co_wg_add(&wg, 1);
        results[i] = i;
        co_go(square, &results[i]);
        co_wg_done(&wg); // want "co_wg_done on wg runs in squares, the spawner, not in the goroutine square"
    }
    co_wg_wait(&wg);
}
