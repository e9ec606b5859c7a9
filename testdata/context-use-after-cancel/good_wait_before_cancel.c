/* The function waits for the goroutine before the guard cancels. */
#include <co.h>

struct job {
    co_ctx *ctx;
    co_waitgroup *wg;
    int id;
};

static void worker(void *arg) {
    struct job *j = arg;
    if (co_ctx_err(j->ctx))
        j->id = -1;
    co_wg_done(j->wg);
}

static void run(co_ctx *parent) {
    co_waitgroup wg = CO_WAITGROUP_INIT;
    struct job j = { 0 };
    co_cancel_fn cancel;
    j.wg = &wg;
    j.ctx = co_with_timeout(parent, CO_SECOND, &cancel);
    CO_DEFER_CANCEL(&cancel);
    co_wg_add(&wg, 1);
    co_go(worker, &j);
    co_wg_wait(&wg);
}

static void main_fn(void *arg) {
    (void)arg;
    run(co_background());
}

int main(void) { return co_main(main_fn, NULL); }
