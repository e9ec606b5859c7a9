/* A barrier: each member does its Done first, then waits for the others. */
#include <co.h>

static co_waitgroup arrived;
static co_waitgroup finished;

static void member(void *arg) {
    (void)arg;
    CO_DEFER_DONE(&finished);
    co_wg_done(&arrived);
    co_wg_wait(&arrived);
}

static void run(void *arg) {
    (void)arg;
    co_wg_add(&arrived, 3);
    co_wg_add(&finished, 3);
    for (int i = 0; i < 3; i++) co_go(member, NULL);
    co_wg_wait(&finished);
}

int main(void) { return co_main(run, NULL); }
