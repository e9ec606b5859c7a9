/* The guard stops the ticker at scope exit, and so does the explicit call:
 * the guard's stop is a second stop of freed memory. */
#include <co.h>

void sample(co_chan *out, int n) {
    co_ticker *tk = co_ticker_new(CO_MILLISECOND);
    CO_DEFER_TICKER_STOP(tk);
    for (int i = 0; i < n; i++) {
        co_chan_recv(co_ticker_chan(tk), NULL);
        co_chan_send(out, &i);
    }
    co_ticker_stop(tk); // want "tk is stopped here and again by its CO_DEFER_TICKER_STOP guard"
}
