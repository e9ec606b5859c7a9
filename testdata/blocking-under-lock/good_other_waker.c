/* One of the goroutines that can satisfy the receive needs mu, but another
 * one does not: the wait can end. */
#include <co.h>

static co_mutex mu = CO_MUTEX_INIT;
static co_chan *results;
static int pending;

static void collector(void *arg) {
    (void)arg;
    int r;
    co_mutex_lock(&mu);
    co_chan_recv(results, &r);
    pending--;
    co_mutex_unlock(&mu);
}

static void slow_worker(void *arg) {
    (void)arg;
    int r = 1;
    co_mutex_lock(&mu);
    pending++;
    co_mutex_unlock(&mu);
    co_chan_send(results, &r);
}

static void fast_worker(void *arg) {
    (void)arg;
    int r = 2;
    co_chan_send(results, &r);
}

void start(void) {
    results = co_chan_make(sizeof(int), 0);
    co_go(collector, NULL);
    co_go(slow_worker, NULL);
    co_go(fast_worker, NULL);
}
