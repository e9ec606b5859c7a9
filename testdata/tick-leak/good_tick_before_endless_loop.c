/* Setup code before an endless loop: no path leaves the function. */
#include <co.h>

static volatile int temperature;

void thermostat(co_chan *heater) {
    int on = 0;
    co_chan *tick = co_tick(100 * CO_MILLISECOND);
    for (;;) {
        co_chan_recv(tick, NULL);
        int want_on = temperature < 20;
        if (want_on != on) {
            on = want_on;
            co_chan_send(heater, &on);
        }
    }
}
