/* After the stop the variable gets a fresh timer before it is used again. */
#include <co.h>

void serve(co_chan *requests, co_duration idle) {
    co_timer *t = co_timer_new(idle);
    int req;
    while (co_chan_recv(requests, &req)) {
        co_timer_stop(t);
        /* handle req */
        t = co_timer_new(idle);
        co_timer_reset(t, idle);
    }
    co_timer_stop(t);
}
