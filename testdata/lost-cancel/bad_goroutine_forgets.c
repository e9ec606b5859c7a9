// run: leak
/* The cancel function travels with the job to the goroutine, which uses the
 * context but never calls the cancel; the spawner does not either. */
#include <co.h>

struct job {
    co_ctx *ctx;
    co_cancel_fn cancel;
    co_waitgroup *wg;
};

static void run_job(void *arg) {
    struct job *j = arg;
    (void)co_ctx_err(j->ctx);
    co_wg_done(j->wg);
}

static void main_fn(void *arg) {
    (void)arg;
    co_waitgroup wg = CO_WAITGROUP_INIT;
    struct job j;
    j.wg = &wg;
    j.ctx = co_with_timeout(co_background(), CO_SECOND, &j.cancel); // want "cancel function j.cancel .*handed to goroutine run_job"
    co_wg_add(&wg, 1);
    co_go(run_job, &j);
    co_wg_wait(&wg);
}

int main(void) { return co_main(main_fn, NULL); }
