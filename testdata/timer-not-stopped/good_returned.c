/* A factory returns the ticker to its caller, which stops it. */
#include <co.h>

static co_ticker *make_heartbeat(int fast) {
    co_ticker *tk = co_ticker_new(fast ? CO_MILLISECOND : 2 * CO_MILLISECOND);
    co_ticker_reset(tk, CO_MILLISECOND);
    return tk;
}

static void main_fn(void *arg) {
    (void)arg;
    co_ticker *hb = make_heartbeat(1);
    for (int i = 0; i < 3; i++)
        co_chan_recv(co_ticker_chan(hb), NULL);
    co_ticker_stop(hb);
}

int main(void) { return co_main(main_fn, NULL); }
