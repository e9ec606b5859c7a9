// run: leak
/* The worker pool of the seed, without close(jobs): each worker loops until
 * jobs is closed, nobody closes it, so all three stay blocked in recv. */
#include <co.h>
#include <stdlib.h>

struct pool {
    co_chan *jobs;
    co_chan *results;
};

static void worker(void *arg) {
    struct pool *p = arg;
    int job;
    while (co_chan_recv(p->jobs, &job)) {
        int r = job * 2;
        co_chan_send(p->results, &r);
    }
}

static void run(void *arg) {
    (void)arg;
    struct pool *p = malloc(sizeof *p); /* outlives run(): the workers keep it */
    p->jobs = co_chan_make(sizeof(int), 100);
    p->results = co_chan_make(sizeof(int), 100);
    for (int w = 0; w < 3; w++)
        co_go(worker, p); // want "goroutine worker .*can block forever receiving from p->jobs"
    for (int j = 1; j <= 5; j++)
        co_chan_send(p->jobs, &j);
    /* missing: co_chan_close(p->jobs); */
    for (int a = 0; a < 5; a++) {
        int r;
        co_chan_recv(p->results, &r);
    }
}

int main(void) { return co_main(run, NULL); }
