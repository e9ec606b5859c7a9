/* A helper does Add + co_go in the spawner: correct. */
#include <co.h>

static co_waitgroup wg;

static void work(void *arg) { (void)arg; CO_DEFER_DONE(&wg); }

static void spawn_counted(void (*fn)(void *), void *arg) {
    co_wg_add(&wg, 1);
    co_go(fn, arg);
}

static void run(void *arg) {
    (void)arg;
    spawn_counted(work, NULL);
    spawn_counted(work, NULL);
    co_wg_wait(&wg);
}

int main(void) { return co_main(run, NULL); }
