// run: deadlock
/* The goroutine never calls Done at all. */
#include <co.h>

static co_waitgroup wg;
static int result;

static void compute(void *arg) {
    (void)arg;
    result = 42;
}

static void run(void *arg) {
    (void)arg;
    co_wg_add(&wg, 1);
    co_go(compute, NULL); // want "compute never calls co_wg_done on wg"
    co_wg_wait(&wg);
}

int main(void) { return co_main(run, NULL); }
