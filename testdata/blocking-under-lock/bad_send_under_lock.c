#include <co.h>

static co_mutex mu = CO_MUTEX_INIT;
static co_chan *events; /* unbuffered */
static int pending;

static void producer(void *arg) {
    (void)arg;
    int ev = 1;
    co_mutex_lock(&mu);
    pending++;
    co_chan_send(events, &ev); // want "co_chan_send on events while holding mu, but consumer\(\) needs mu before it calls co_chan_recv"
    co_mutex_unlock(&mu);
}

static void consumer(void *arg) {
    (void)arg;
    int ev;
    co_mutex_lock(&mu);
    int n = pending;
    co_mutex_unlock(&mu);
    while (n-- > 0)
        co_chan_recv(events, &ev);
}

void start(void) {
    events = co_chan_make(sizeof(int), 0);
    co_go(producer, NULL);
    co_go(consumer, NULL);
}
