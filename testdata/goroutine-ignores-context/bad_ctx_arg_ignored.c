/* The goroutine is given the context itself and ignores it. */
#include <co.h>

static co_chan *results;

static void slow_job(void *arg) {
    co_ctx *ctx = arg;
    (void)ctx;
    int v = 1;
    co_sleep(CO_SECOND);
    co_chan_send(results, &v);
}

void handle(co_ctx *ctx) {
    co_go(slow_job, ctx); // want "goroutine slow_job .*never checks .*ctx"
}
