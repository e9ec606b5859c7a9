/* Only the guard stops the ticker; every use comes before scope exit. */
#include <co.h>

static void sample(co_chan *out, int n) {
    co_ticker *tk = co_ticker_new(CO_MILLISECOND);
    CO_DEFER_TICKER_STOP(tk);
    for (int i = 0; i < n; i++) {
        co_chan_recv(co_ticker_chan(tk), NULL);
        co_ticker_reset(tk, CO_MILLISECOND);
        co_chan_send(out, &i);
    }
}

static void main_fn(void *arg) {
    (void)arg;
    co_chan *out = co_chan_make(sizeof(int), 4);
    sample(out, 3);
    co_chan_free(out);
}

int main(void) { return co_main(main_fn, NULL); }
