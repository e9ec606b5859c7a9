/* A worker that handles jobs until a deadline; the producer hands it jobs
 * with plain sends, so the first job after the deadline blocks the
 * producer forever. */
#include <co.h>

struct pool {
    co_ctx *ctx;
    co_chan *jobs;
    long done;
};

static void worker(void *arg) {
    struct pool *p = arg;
    for (;;) {
        int job;
        co_case cases[] = { CO_RECV(co_ctx_done(p->ctx), NULL), CO_RECV(p->jobs, &job) };
        if (co_select(cases, 2) == 0)
            break;
        p->done += job;
    }
}

void produce(co_ctx *parent, struct pool *p, int n) {
    co_cancel_fn cancel;
    p->ctx = co_with_deadline(parent, co_now() + CO_SECOND, &cancel);
    p->jobs = co_chan_make(sizeof(int), 0);
    co_go(worker, p);
    for (int i = 0; i < n; i++)
        co_chan_send(p->jobs, &i); // want "its only receiver, goroutine worker"
    co_cancel(&cancel);
}
