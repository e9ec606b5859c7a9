/* worker_pool.c: a fixed pool of workers fed by a jobs channel.
 *
 * The producer sends jobs and closes the channel; the workers drain it and
 * send results; a closer goroutine waits for the workers and closes the
 * results channel, so the collector's loop ends by itself. Every goroutine
 * is joined before co_main returns: CO_LEAKCHECK=1 reports nothing. */
#include <co.h>
#include <stdio.h>

enum { WORKERS = 4, JOBS = 100 };

typedef struct {
    co_chan *jobs;       /* int: job number */
    co_chan *results;    /* long: job result */
    co_waitgroup workers;  /* the WORKERS workers */
    co_waitgroup helpers;  /* producer and closer */
} pool;

static long work(int job) {
    co_sleep(100 * CO_MICROSECOND); /* pretend to wait for I/O */
    return (long)job * job;
}

static void worker(void *arg) {
    pool *p = arg;
    CO_DEFER_DONE(&p->workers);
    int job;
    while (co_chan_recv(p->jobs, &job)) {
        long r = work(job);
        co_chan_send(p->results, &r);
    }
}

static void producer(void *arg) {
    pool *p = arg;
    CO_DEFER_DONE(&p->helpers); /* runs last: guards run in reverse order */
    CO_DEFER_CLOSE(p->jobs); /* tells the workers there is no more work */
    for (int j = 1; j <= JOBS; j++) co_chan_send(p->jobs, &j);
}

/* Closes results once every worker has returned. */
static void closer(void *arg) {
    pool *p = arg;
    CO_DEFER_DONE(&p->helpers);
    co_wg_wait(&p->workers);
    co_chan_close(p->results);
}

static void run(void *arg) {
    (void)arg;
    pool p = {
        .jobs = co_chan_make(sizeof(int), WORKERS),
        .results = co_chan_make(sizeof(long), WORKERS),
        .workers = CO_WAITGROUP_INIT,
        .helpers = CO_WAITGROUP_INIT,
    };
    co_wg_add(&p.workers, WORKERS);
    co_wg_add(&p.helpers, 2);
    for (int w = 0; w < WORKERS; w++) co_go(worker, &p);
    co_go(producer, &p);
    co_go(closer, &p);

    long sum = 0, r;
    int n = 0;
    while (co_chan_recv(p.results, &r)) {
        sum += r;
        n++;
    }
    co_wg_wait(&p.helpers); /* nobody touches the channels any more */
    printf("%d results, sum of squares 1..%d = %ld\n", n, JOBS, sum);
    co_chan_free(p.jobs);
    co_chan_free(p.results);
}

int main(void) { return co_main(run, NULL); }
