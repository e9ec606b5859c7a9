/* Reconnect replaces the stopped deadline timer before re-arming it. */
#include <co.h>

struct conn {
    co_timer *deadline;
    int fd;
};

void conn_reconnect(struct conn *c) {
    co_timer_stop(c->deadline);
    c->fd = -1;
    c->deadline = co_timer_new(CO_SECOND);
    co_timer_reset(c->deadline, 2 * CO_SECOND);
}
