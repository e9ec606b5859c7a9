/* A request handler samples ten times with co_tick and returns. */
#include <co.h>

long sample_load(co_chan *gauge) {
    co_chan *tick = co_tick(CO_MILLISECOND); // want "co_tick in sample_load"
    long sum = 0;
    for (int i = 0; i < 10; i++) {
        int v = 0;
        co_chan_recv(tick, NULL);
        co_chan_recv(gauge, &v);
        sum += v;
    }
    return sum;
}
