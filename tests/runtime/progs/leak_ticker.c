/* leak_ticker.c: a ticker that is never stopped; a stopped one is silent.
 * expect-exit: 1
 * expect-leaks: 1
 * expect: ^co: leak: ticker created at {FILE}:{@TICKER} never stopped$
 */
#include <co.h>

static void run(void *arg) {
    (void)arg;
    co_ticker *tk = co_ticker_new(2 * CO_MILLISECOND); /* @TICKER */
    co_chan_recv(co_ticker_chan(tk), NULL);
    co_ticker *ok = co_ticker_new(CO_MILLISECOND);
    CO_DEFER_TICKER_STOP(ok);
    co_chan_recv(co_ticker_chan(ok), NULL);
}

int main(void) { return co_main(run, NULL); }
