/* Per-call state with a per-call Once (shared by this call's goroutines). */
#include <co.h>

struct job { co_once once; int seed; int value; co_waitgroup wg; };

static void init_value(void *arg) { struct job *j = arg; j->value = j->seed * 2; }

static void part(void *arg) {
    struct job *j = arg;
    CO_DEFER_DONE(&j->wg);
    co_once_do(&j->once, init_value, j);
}

int run_job(int seed) {
    struct job j = { CO_ONCE_INIT, seed, 0, CO_WAITGROUP_INIT };
    co_wg_add(&j.wg, 2);
    co_go(part, &j);
    co_go(part, &j);
    co_wg_wait(&j.wg);
    return j.value;
}
