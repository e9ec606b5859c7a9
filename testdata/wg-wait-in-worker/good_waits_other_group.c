/* The worker waits on a group that counts its children, not itself. */
#include <co.h>

static co_waitgroup outer, inner;

static void child(void *arg) { (void)arg; CO_DEFER_DONE(&inner); }

static void worker(void *arg) {
    (void)arg;
    CO_DEFER_DONE(&outer);
    co_wg_add(&inner, 2);
    co_go(child, NULL);
    co_go(child, NULL);
    co_wg_wait(&inner);
}

static void run(void *arg) {
    (void)arg;
    co_wg_add(&outer, 1);
    co_go(worker, NULL);
    co_wg_wait(&outer);
}

int main(void) { return co_main(run, NULL); }
