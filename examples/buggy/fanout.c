/* Fan-out where each worker registers itself with the WaitGroup: the
 * spawner's Wait can return before any worker has run its Add. */
#include <co.h>
#include <stdio.h>

static co_waitgroup wg;
static co_mutex mu;
static int processed;

static void worker(void *arg) {
    (void)arg;
    co_wg_add(&wg, 1);                      /* too late: belongs before co_go */
    CO_DEFER_DONE(&wg);
    co_mutex_lock(&mu);
    processed++;
    co_mutex_unlock(&mu);
}

static void run(void *arg) {
    (void)arg;
    for (int i = 0; i < 8; i++)
        co_go(worker, NULL);
    co_wg_wait(&wg);
    co_mutex_lock(&mu);
    printf("processed %d of 8\n", processed);
    co_mutex_unlock(&mu);
}

int main(void) { return co_main(run, NULL); }
