/* Each job has its own group; the worker waits on its job's sub-group. */
#include <co.h>

struct job { co_waitgroup *done; co_waitgroup parts; };

static void part(void *arg) {
    struct job *j = arg;
    co_wg_done(&j->parts);
}

static void worker(void *arg) {
    struct job *j = arg;
    CO_DEFER_DONE(j->done);
    co_wg_add(&j->parts, 1);
    co_go(part, j);
    co_wg_wait(&j->parts);
}

static void run(void *arg) {
    (void)arg;
    co_waitgroup all = CO_WAITGROUP_INIT;
    struct job j = { &all, CO_WAITGROUP_INIT };
    co_wg_add(&all, 1);
    co_go(worker, &j);
    co_wg_wait(&all);
}

int main(void) { return co_main(run, NULL); }
