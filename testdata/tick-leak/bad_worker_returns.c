/* A goroutine that polls with co_tick until told to stop: after it returns
 * the ticker keeps firing for the rest of the process. */
#include <co.h>

void poller(void *arg) {
    co_chan *done = arg;
    co_chan *tick = co_tick(10 * CO_MILLISECOND); // want "co_tick in poller .*never be stopped"
    for (;;) {
        co_case cases[] = { CO_RECV(done, NULL), CO_RECV(tick, NULL) };
        if (co_select(cases, 2) == 0)
            return;
    }
}
