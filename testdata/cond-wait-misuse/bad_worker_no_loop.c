#include <co.h>

struct job {
    co_mutex mu;
    co_cond cv;
    int done;
};

static void worker(void *arg) {
    struct job *j = arg;
    co_mutex_lock(&j->mu);
    if (!j->done)
        co_cond_wait(&j->cv, &j->mu); // want "co_cond_wait on j->cv is not in a loop"
    co_mutex_unlock(&j->mu);
}

void start(struct job *j) { co_go(worker, j); }
