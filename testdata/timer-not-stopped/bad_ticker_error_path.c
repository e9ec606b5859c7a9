/* A throttled pump: the ticker is stopped at the end, but the error path
 * in the middle of the loop returns without stopping it. */
#include <co.h>

int pump(co_chan *in, co_chan *out) {
    co_ticker *tk = co_ticker_new(CO_MILLISECOND); // want "ticker tk .*never stopped.*return at line 13"
    int v;
    for (;;) {
        if (!co_chan_recv(in, &v))
            break;
        co_chan_recv(co_ticker_chan(tk), NULL);
        if (v < 0)
            return -1;
        co_chan_send(out, &v);
    }
    co_ticker_stop(tk);
    return 0;
}
