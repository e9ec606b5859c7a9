/* The path that returns early is the one on which no timer exists. */
#include <co.h>

int sleep_ms(int ms) {
    co_timer *t = co_timer_new(ms * CO_MILLISECOND);
    if (!t)
        return -1;
    co_chan_recv(co_timer_chan(t), NULL);
    co_timer_stop(t);
    return 0;
}
