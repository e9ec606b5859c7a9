#include <co.h>

struct job {
    co_mutex mu;
    co_waitgroup *wg;
    int done;
};

static void worker(void *arg) {
    struct job *j = arg;
    co_mutex_lock(&j->mu);
    j->done++;
    if (j->done > 3) {
        co_mutex_lock(&j->mu); // want "j->mu is locked again while already held"
        j->done = 0;
        co_mutex_unlock(&j->mu);
    }
    co_mutex_unlock(&j->mu);
    co_wg_done(j->wg);
}

void start(struct job *j) {
    co_wg_add(j->wg, 1);
    co_go(worker, j);
}
