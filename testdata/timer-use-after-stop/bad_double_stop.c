/* The error path stops the timer, then falls through to the common stop. */
#include <co.h>

int wait_result(co_chan *ch, int *out, int check) {
    co_timer *t = co_timer_new(CO_SECOND);
    int rc = 0;
    if (check && *out < 0) {
        co_timer_stop(t);
        rc = -1;
    }
    co_case cases[] = { CO_RECV(ch, out), CO_RECV(co_timer_chan(t), NULL) }; // want "co_timer_chan of t after it was stopped"
    if (co_select(cases, 2) != 0)
        rc = -2;
    co_timer_stop(t); // want "co_timer_stop of t after it was stopped"
    return rc;
}
