/* A non-blocking send under the lock cannot wait for anyone. */
#include <co.h>

static co_mutex mu = CO_MUTEX_INIT;
static co_chan *events;
static int dropped;

static void producer(void *arg) {
    (void)arg;
    int ev = 1;
    co_mutex_lock(&mu);
    co_case c[1] = { CO_SEND(events, &ev) };
    if (co_select_try(c, 1) < 0)
        dropped++;
    co_mutex_unlock(&mu);
}

static void consumer(void *arg) {
    (void)arg;
    int ev;
    co_mutex_lock(&mu);
    int d = dropped;
    co_mutex_unlock(&mu);
    if (d == 0)
        co_chan_recv(events, &ev);
}

void start(void) {
    events = co_chan_make(sizeof(int), 0);
    co_go(producer, NULL);
    co_go(consumer, NULL);
}
