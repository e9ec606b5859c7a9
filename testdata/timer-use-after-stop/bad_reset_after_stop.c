/* The idle timer is stopped when a request arrives and reset later: the
 * reset touches a freed timer, and the next request stops it a second time. */
#include <co.h>

void serve(co_chan *requests, co_duration idle) {
    co_timer *t = co_timer_new(idle);
    int req;
    while (co_chan_recv(requests, &req)) {
        co_timer_stop(t); // want "co_timer_stop of t after it was stopped"
        /* handle req */
        co_timer_reset(t, idle); // want "co_timer_reset of t after it was stopped"
    }
}
