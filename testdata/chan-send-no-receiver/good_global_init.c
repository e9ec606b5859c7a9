/* events is created before the listener starts and before the send. */
#include <co.h>

static co_chan *events;

static void listener(void *arg) {
    (void)arg;
    int e;
    co_chan_recv(events, &e);
}

static void setup(void) { events = co_chan_make(sizeof(int), 0); }

static void run(void *arg) {
    (void)arg;
    setup();
    co_go(listener, NULL);
    int e = 1;
    co_chan_send(events, &e);
}

int main(void) { return co_main(run, NULL); }
