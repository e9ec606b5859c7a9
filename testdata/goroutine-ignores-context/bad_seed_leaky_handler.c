// run: leak
/* Seed pattern (leakyHandler): the goroutine started by the handler gets
 * the request but never looks at its context; it sleeps on after the
 * request is gone. */
#include <co.h>

struct request {
    co_ctx *ctx;
    int id;
};

static void log_done(void *arg) {
    struct request *r = arg;
    co_sleep(10 * CO_SECOND);
    r->id = -1;
}

static void leaky_handler(struct request *r) {
    co_go(log_done, r); // want "goroutine log_done .*never checks .*r->ctx.*co_sleep"
}

static void main_fn(void *arg) {
    (void)arg;
    static struct request req;
    co_cancel_fn cancel;
    req.ctx = co_with_timeout(co_background(), CO_MILLISECOND, &cancel);
    leaky_handler(&req);
    co_cancel(&cancel);
}

int main(void) { return co_main(main_fn, NULL); }
