/* The spawner's Done is for another group. */
#include <co.h>

static co_waitgroup a, b;

static void worker(void *arg) { (void)arg; co_wg_done(&a); }

static void stage(void *arg) {
    (void)arg;
    co_wg_add(&a, 1);
    co_go(worker, NULL);
    co_wg_wait(&a);
    co_wg_done(&b);
}

static void run(void *arg) {
    (void)arg;
    co_wg_add(&b, 1);
    co_go(stage, NULL);
    co_wg_wait(&b);
}

int main(void) { return co_main(run, NULL); }
