/* A service loop that never returns: its ticker lives as long as the
 * process, which is what it is for. */
#include <co.h>

void metrics_service(co_chan *samples) {
    co_ticker *flush = co_ticker_new(CO_SECOND);
    long sum = 0;
    int v;
    for (;;) {
        co_case cases[] = { CO_RECV(samples, &v), CO_RECV(co_ticker_chan(flush), NULL) };
        if (co_select(cases, 2) == 0)
            sum += v;
        else
            sum = 0;
    }
}
