#include <co.h>

struct job {
    co_mutex *mu;
    co_waitgroup *wg;
    int *total;
};

static void worker(void *arg) {
    struct job *j = arg;
    *j->total += 1;
    co_mutex_lock(j->mu); // want "empty critical section: j->mu"
    co_mutex_unlock(j->mu);
    co_wg_done(j->wg);
}

void start(struct job *j) {
    co_wg_add(j->wg, 1);
    co_go(worker, j);
}
