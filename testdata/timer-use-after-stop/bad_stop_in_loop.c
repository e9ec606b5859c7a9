/* The timer is created once but stopped on every iteration. */
#include <co.h>

void drain_all(co_chan *ch, int n) {
    co_timer *t = co_timer_new(CO_SECOND);
    for (int i = 0; i < n; i++) {
        co_case cases[] = { CO_RECV(ch, NULL), CO_RECV(co_timer_chan(t), NULL) }; // want "co_timer_chan of t after it was stopped"
        co_select(cases, 2);
        co_timer_stop(t); // want "co_timer_stop of t after it was stopped"
    }
}
