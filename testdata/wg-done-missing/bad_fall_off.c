// run: deadlock
/* Done only on the success branch; the function falls off its end otherwise. */
#include <co.h>

static co_waitgroup wg;
static int ready;

static void task(void *arg) {
    (void)arg;
    if (ready) {
        co_wg_done(&wg);
    }
} // want "task can return without co_wg_done on wg"

static void run(void *arg) {
    (void)arg;
    co_wg_add(&wg, 1);
    co_go(task, NULL);
    co_wg_wait(&wg);
}

int main(void) { return co_main(run, NULL); }
