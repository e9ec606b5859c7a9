/* The channel is kept in a local, but it is still a new timer per iteration. */
#include <co.h>

void watch(co_chan *events, co_chan *alerts) {
    int ev;
    for (;;) {
        co_chan *timeout = co_after(5 * CO_SECOND); // want "co_after in a loop"
        co_case cases[] = { CO_RECV(events, &ev), CO_RECV(timeout, NULL) };
        int i = co_select(cases, 2);
        if (i == 0 && !cases[0].ok)
            return;
        if (i == 1)
            co_chan_send(alerts, &ev);
    }
}
