// run: panic
/* The explicit stop frees the ticker; the guard stops it again when
 * main_fn returns: the runtime panics on the second stop. */
#include <co.h>

static void main_fn(void *arg) {
    (void)arg;
    co_ticker *tk = co_ticker_new(CO_MILLISECOND);
    CO_DEFER_TICKER_STOP(tk);
    co_chan_recv(co_ticker_chan(tk), NULL);
    co_ticker_stop(tk); // want "tk is stopped here and again by its CO_DEFER_TICKER_STOP guard"
}

int main(void) { return co_main(main_fn, NULL); }
