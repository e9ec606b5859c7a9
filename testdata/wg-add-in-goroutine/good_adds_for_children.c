/* A goroutine that Adds for the children it spawns, not for itself. */
#include <co.h>

static co_waitgroup wg;

static void leaf(void *arg) {
    (void)arg;
    CO_DEFER_DONE(&wg);
}

static void parent(void *arg) {
    (void)arg;
    CO_DEFER_DONE(&wg);
    for (int i = 0; i < 3; i++) {
        co_wg_add(&wg, 1);
        co_go(leaf, NULL);
    }
}

static void run(void *arg) {
    (void)arg;
    co_wg_add(&wg, 1);
    co_go(parent, NULL);
    co_wg_wait(&wg);
}

int main(void) { return co_main(run, NULL); }
