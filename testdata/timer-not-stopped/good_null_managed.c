/* Cleanup-style code: the error path stops the timer and clears the
 * pointer; the common exit stops it only if it is still set. */
#include <co.h>

int process(co_chan *in, int *out) {
    co_timer *t = co_timer_new(CO_SECOND);
    int rc = 0;
    if (!co_chan_recv(in, out)) {
        co_timer_stop(t);
        t = NULL;
        rc = -1;
    }
    if (t)
        co_timer_stop(t);
    return rc;
}
