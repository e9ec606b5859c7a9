// run: leak
/* The worker stops when its context is done, but it was given
 * co_background(), which is never cancelled (its done channel is NULL). */
#include <co.h>

static void ticker_loop(void *arg) {
    co_ctx *ctx = arg;
    co_case cases[1] = { CO_RECV(co_ctx_done(ctx), NULL) };
    co_select(cases, 1);
}

static void run(void *arg) {
    (void)arg;
    co_ctx *root = co_background();
    co_go(ticker_loop, root); // want "goroutine ticker_loop can block forever.*co_background"
}

int main(void) { return co_main(run, NULL); }
