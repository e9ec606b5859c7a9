/* A goroutine counted by its own spawner calls Done for itself, while it
 * also spawns children that Done for themselves. */
#include <co.h>

static co_waitgroup wg;

static void child(void *arg) { (void)arg; CO_DEFER_DONE(&wg); }

static void parent(void *arg) {
    (void)arg;
    CO_DEFER_DONE(&wg);
    co_wg_add(&wg, 1);
    co_go(child, NULL);
}

static void run(void *arg) {
    (void)arg;
    co_wg_add(&wg, 1);
    co_go(parent, NULL);
    co_wg_wait(&wg);
}

int main(void) { return co_main(run, NULL); }
