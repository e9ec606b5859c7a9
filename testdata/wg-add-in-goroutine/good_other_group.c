/* The goroutine Adds to a different group than the one it is counted in. */
#include <co.h>

static co_waitgroup outer, inner;

static void sub(void *arg) { (void)arg; co_wg_done(&inner); }

static void stage(void *arg) {
    (void)arg;
    CO_DEFER_DONE(&outer);
    co_wg_add(&inner, 1);
    co_go(sub, NULL);
    co_wg_wait(&inner);
}

static void run(void *arg) {
    (void)arg;
    co_wg_add(&outer, 1);
    co_go(stage, NULL);
    co_wg_wait(&outer);
}

int main(void) { return co_main(run, NULL); }
