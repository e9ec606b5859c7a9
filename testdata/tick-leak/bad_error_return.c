/* Looks like an endless service loop, but the error path returns. */
#include <co.h>

int forwarder(co_chan *in, co_chan *out) {
    co_chan *tick = co_tick(CO_SECOND); // want "co_tick in forwarder .*returns"
    int v;
    for (;;) {
        co_chan_recv(tick, NULL);
        if (!co_chan_recv(in, &v))
            return -1;
        co_chan_send(out, &v);
    }
}
