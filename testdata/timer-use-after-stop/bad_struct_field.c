/* The connection's deadline timer is stopped on close, then re-armed by
 * the same function on the reconnect path. */
#include <co.h>

struct conn {
    co_timer *deadline;
    int fd;
};

void conn_close(struct conn *c, int reconnect) {
    co_timer_stop(c->deadline);
    c->fd = -1;
    if (reconnect)
        co_timer_reset(c->deadline, CO_SECOND); // want "co_timer_reset of c->deadline after it was stopped"
}
