/* No context exists where the goroutine is spawned nor in what it gets:
 * there is nothing to propagate (the goroutine-leak rules judge it). */
#include <co.h>

static co_waitgroup wg = CO_WAITGROUP_INIT;

static void pause_and_finish(void *arg) {
    (void)arg;
    co_sleep(CO_MILLISECOND);
    co_wg_done(&wg);
}

static void main_fn(void *arg) {
    (void)arg;
    co_wg_add(&wg, 1);
    co_go(pause_and_finish, NULL);
    co_wg_wait(&wg);
}

int main(void) { return co_main(main_fn, NULL); }
