/* Each round uses a fresh local group. */
#include <co.h>

static void task(void *arg) { co_waitgroup *wg = arg; co_wg_done(wg); }

static void run(void *arg) {
    (void)arg;
    for (int r = 0; r < 3; r++) {
        co_waitgroup wg = CO_WAITGROUP_INIT;
        co_wg_add(&wg, 1);
        co_go(task, &wg);
        co_wg_wait(&wg);
    }
}

int main(void) { return co_main(run, NULL); }
