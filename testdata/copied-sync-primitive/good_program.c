#include <co.h>

struct task {
    co_waitgroup *wg;
    int id;
};

static void worker(void *arg) {
    struct task *t = arg;
    co_wg_done(t->wg);
}

static void run(void *arg) {
    (void)arg;
    co_waitgroup wg = CO_WAITGROUP_INIT;
    struct task tasks[3];
    for (int i = 0; i < 3; i++) {
        tasks[i].wg = &wg;
        tasks[i].id = i;
        co_wg_add(&wg, 1);
        co_go(worker, &tasks[i]);
    }
    co_wg_wait(&wg);
}

int main(void) { return co_main(run, NULL); }
