/* A helper always calls Done on what it is given. */
#include <co.h>

struct task { co_waitgroup *wg; int n; };

static void finish(struct task *t) { co_wg_done(t->wg); }

static void worker(void *arg) {
    struct task *t = arg;
    t->n *= 2;
    finish(t);
}

static void run(void *arg) {
    (void)arg;
    co_waitgroup wg = CO_WAITGROUP_INIT;
    struct task t = { &wg, 21 };
    co_wg_add(&wg, 1);
    co_go(worker, &t);
    co_wg_wait(&wg);
}

int main(void) { return co_main(run, NULL); }
