/* The workers start before the jobs channel exists, but each waits for the
 * start signal first, and the main goroutine makes jobs before it closes
 * start: no worker can reach jobs while it is NULL. */
#include <co.h>

static co_chan *jobs;
static co_chan *start;
static co_waitgroup workers = CO_WAITGROUP_INIT;

static void worker(void *arg) {
    (void)arg;
    int job;
    co_chan_recv(start, NULL);
    while (co_chan_recv(jobs, &job)) {
    }
    co_wg_done(&workers);
}

static void app(void *arg) {
    (void)arg;
    start = co_chan_make(1, 0);
    co_wg_add(&workers, 2);
    co_go(worker, NULL);
    co_go(worker, NULL);
    jobs = co_chan_make(sizeof(int), 4);
    co_chan_close(start);
    for (int i = 0; i < 8; i++)
        co_chan_send(jobs, &i);
    co_chan_close(jobs);
    co_wg_wait(&workers);
    co_chan_free(jobs);
    co_chan_free(start);
}

int main(void) { return co_main(app, NULL); }
