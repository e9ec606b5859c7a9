/* The spawner counts a piece of synchronous work too: Add(2), one Done
 * for its own work, one in the goroutine. */
#include <co.h>

static co_waitgroup wg;

static void background(void *arg) { (void)arg; co_wg_done(&wg); }

static void run(void *arg) {
    (void)arg;
    co_wg_add(&wg, 2);
    co_go(background, NULL);
    co_wg_done(&wg);        /* the spawner's own share */
    co_wg_wait(&wg);
}

int main(void) { return co_main(run, NULL); }
