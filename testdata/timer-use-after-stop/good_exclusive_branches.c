/* The branch that stops the timer returns; the other keeps using it. */
#include <co.h>

int wait_once(co_chan *ch, int *out, int skip) {
    co_timer *t = co_timer_new(CO_SECOND);
    if (skip) {
        co_timer_stop(t);
        return 0;
    }
    co_timer_reset(t, 2 * CO_SECOND);
    co_case cases[] = { CO_RECV(ch, out), CO_RECV(co_timer_chan(t), NULL) };
    int i = co_select(cases, 2);
    co_timer_stop(t);
    return i;
}
