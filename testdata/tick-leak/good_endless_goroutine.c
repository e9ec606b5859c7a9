/* A goroutine that runs for the life of the process. */
#include <co.h>

static void reporter(void *arg) {
    co_chan *out = arg;
    co_chan *tick = co_tick(CO_SECOND);
    int n = 0;
    while (1) {
        co_chan_recv(tick, NULL);
        n++;
        co_chan_send(out, &n);
    }
}

void start_reporter(co_chan *out) {
    co_go(reporter, out);
}
