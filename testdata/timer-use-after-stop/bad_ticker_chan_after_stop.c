/* A negative value was meant to end the loop, but `continue` goes on: the
 * next round reads the channel of the stopped ticker, and the next negative
 * value stops it again. */
#include <co.h>

void throttle(co_chan *in) {
    co_ticker *tk = co_ticker_new(CO_MILLISECOND);
    int v;
    while (co_chan_recv(in, &v)) {
        if (v < 0) {
            co_ticker_stop(tk); // want "co_ticker_stop of tk after it was stopped"
            continue;
        }
        co_chan_recv(co_ticker_chan(tk), NULL); // want "co_ticker_chan of tk after it was stopped"
    }
}
