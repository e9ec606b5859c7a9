/* A spawned heartbeat that ends after a few beats. */
#include <co.h>

static void heartbeat(void *arg) {
    co_chan *out = arg;
    co_chan *tick = co_tick(CO_MILLISECOND); // want "co_tick in heartbeat"
    for (int i = 0; i < 3; i++) {
        co_chan_recv(tick, NULL);
        co_chan_send(out, &i);
    }
}

void start(co_chan *out) {
    co_go(heartbeat, out);
}
