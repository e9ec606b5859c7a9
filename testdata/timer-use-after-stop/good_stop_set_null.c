/* The pointer is set to NULL right after the stop, and tested before the
 * second stop. */
#include <co.h>

void finish(co_duration d, int early) {
    co_timer *t = co_timer_new(d);
    if (early) {
        co_timer_stop(t);
        t = NULL;
    }
    if (t)
        co_timer_stop(t);
}
