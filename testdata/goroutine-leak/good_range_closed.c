/* The seed's worker pool done right: jobs is closed once every job is sent,
 * so each worker's receive loop ends. */
#include <co.h>

static co_waitgroup wg = CO_WAITGROUP_INIT;

struct pool {
    co_chan *jobs;
    co_chan *results;
};

static void worker(void *arg) {
    struct pool *p = arg;
    CO_DEFER_DONE(&wg);
    int job;
    while (co_chan_recv(p->jobs, &job)) {
        int r = job * 2;
        co_chan_send(p->results, &r);
    }
}

static void run(void *arg) {
    (void)arg;
    struct pool p;
    p.jobs = co_chan_make(sizeof(int), 100);
    p.results = co_chan_make(sizeof(int), 100);
    for (int w = 0; w < 3; w++) {
        co_wg_add(&wg, 1);
        co_go(worker, &p);
    }
    for (int j = 1; j <= 5; j++)
        co_chan_send(p.jobs, &j);
    co_chan_close(p.jobs);
    for (int a = 0; a < 5; a++) {
        int r;
        co_chan_recv(p.results, &r);
    }
    co_wg_wait(&wg);
}

int main(void) { return co_main(run, NULL); }
