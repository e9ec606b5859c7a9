/* Add after some work, not only as the first statement. */
#include <co.h>
#include <stdio.h>

static co_waitgroup wg;
static co_mutex mu;
static int total;

static void worker(void *arg) {
    int n = *(int *)arg;
    printf("job %d\n", n);
    co_wg_add(&wg, 1); // want "co_wg_add on wg runs inside the goroutine it counts"
    co_mutex_lock(&mu);
    total += n;
    co_mutex_unlock(&mu);
    co_wg_done(&wg);
}

void start(int *jobs, int n) {
    for (int i = 0; i < n; i++) co_go(worker, &jobs[i]);
    co_wg_wait(&wg);
}
