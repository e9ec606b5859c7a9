/* An endless service loop: the function never returns, so the ticker is
 * never abandoned. */
#include <co.h>

void flusher(co_chan *in) {
    co_chan *tick = co_tick(CO_SECOND);
    long pending = 0;
    int v;
    for (;;) {
        co_case cases[] = { CO_RECV(in, &v), CO_RECV(tick, NULL) };
        if (co_select(cases, 2) == 0)
            pending += v;
        else
            pending = 0;
    }
}
