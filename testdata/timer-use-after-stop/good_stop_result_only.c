/* The stop's result says whether the timer had fired; nothing touches the
 * timer afterwards (there is nothing to drain: it is freed). */
#include <co.h>

int stop_and_report(co_duration d, co_chan *ch) {
    co_timer *t = co_timer_new(d);
    co_case cases[] = { CO_RECV(ch, NULL), CO_RECV(co_timer_chan(t), NULL) };
    co_select(cases, 2);
    if (!co_timer_stop(t))
        return 1;
    return 0;
}
