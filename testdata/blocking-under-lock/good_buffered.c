/* The channel has room for the one value sent under the lock. */
#include <co.h>

static co_mutex mu = CO_MUTEX_INIT;
static co_chan *done_ch;
static int state;

static void finisher(void *arg) {
    (void)arg;
    int v = 1;
    co_mutex_lock(&mu);
    state = 2;
    co_chan_send(done_ch, &v);
    co_mutex_unlock(&mu);
}

static void watcher(void *arg) {
    (void)arg;
    int v;
    co_mutex_lock(&mu);
    int s = state;
    co_mutex_unlock(&mu);
    if (s != 2)
        co_chan_recv(done_ch, &v);
}

void start(void) {
    done_ch = co_chan_make(sizeof(int), 1);
    co_go(finisher, NULL);
    co_go(watcher, NULL);
}
