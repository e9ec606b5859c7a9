/* The init function spawns a goroutine that uses the Once later: the
 * goroutine blocks until init finishes, then returns at once. */
#include <co.h>

static co_once once;
static co_waitgroup wg;
static int ready;

static void init(void *arg);

static void user(void *arg) {
    (void)arg;
    CO_DEFER_DONE(&wg);
    co_once_do(&once, init, NULL);
}

static void init(void *arg) {
    (void)arg;
    co_wg_add(&wg, 1);
    co_go(user, NULL);
    ready = 1;
}

static void run(void *arg) {
    (void)arg;
    co_once_do(&once, init, NULL);
    co_wg_wait(&wg);
}

int main(void) { return co_main(run, NULL); }
