/* The goroutine waits for a group that may never finish, without a way
 * to give up when the request is cancelled. */
#include <co.h>

struct fanin {
    co_ctx *ctx;
    co_waitgroup *wg;
    co_chan *done;
};

static void closer(void *arg) {
    struct fanin *f = arg;
    co_wg_wait(f->wg);
    co_chan_close(f->done);
}

void start_closer(co_ctx *ctx, struct fanin *f) {
    f->ctx = ctx;
    co_go(closer, f); // want "goroutine closer .*never checks .*co_wg_wait"
}
