/* The timer is stopped only when it was waited for. */
#include <co.h>

void arm(int urgent) {
    co_timer *t = co_timer_new(5 * CO_MILLISECOND); // want "timer t .*never stopped"
    if (urgent) {
        co_chan_recv(co_timer_chan(t), NULL);
        co_timer_stop(t);
    }
}
