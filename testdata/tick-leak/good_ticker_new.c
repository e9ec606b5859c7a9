/* The stoppable form: co_ticker_new and co_ticker_stop. */
#include <co.h>

void poller(void *arg) {
    co_chan *done = arg;
    co_ticker *tk = co_ticker_new(10 * CO_MILLISECOND);
    for (;;) {
        co_case cases[] = { CO_RECV(done, NULL), CO_RECV(co_ticker_chan(tk), NULL) };
        if (co_select(cases, 2) == 0)
            break;
    }
    co_ticker_stop(tk);
}
