/* The ticker is stopped when the budget runs out, but the loop goes on
 * reading its channel. */
#include <co.h>

void throttle(co_chan *in, int budget) {
    co_ticker *tk = co_ticker_new(CO_MILLISECOND);
    int v;
    while (co_chan_recv(in, &v)) {
        if (--budget == 0)
            co_ticker_stop(tk);
        co_chan_recv(co_ticker_chan(tk), NULL); // want "co_ticker_chan of tk after it was stopped"
    }
}
