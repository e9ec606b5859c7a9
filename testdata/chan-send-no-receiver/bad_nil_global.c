// run: deadlock
/* events is created by setup(), but the send runs before setup() is
 * called: a send on a NULL channel blocks forever. */
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
    int e = 1;
    co_chan_send(events, &e); // want "send on events blocks forever.*NULL"
    setup();
    co_go(listener, NULL);
}

int main(void) { return co_main(run, NULL); }
