/* The goroutine creates the channel itself before receiving, and the main
 * goroutine only uses it after the goroutine says it is ready. */
#include <co.h>

static co_chan *events;
static co_chan *ready;

static void pump(void *arg) {
    (void)arg;
    int v;
    events = co_chan_make(sizeof(int), 1);
    co_chan_close(ready);
    while (co_chan_recv(events, &v)) {
    }
}

static void app(void *arg) {
    (void)arg;
    ready = co_chan_make(1, 0);
    co_go(pump, NULL);
    co_chan_recv(ready, NULL);
    int v = 1;
    co_chan_send(events, &v);
    co_chan_close(events);
}

int main(void) { return co_main(app, NULL); }
