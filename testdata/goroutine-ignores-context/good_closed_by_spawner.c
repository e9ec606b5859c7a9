/* A worker that carries the request's context but ends when its input is
 * closed: the spawner closes the channel on every way out. */
#include <co.h>

struct worker {
    co_ctx *ctx;
    co_chan *jobs;
    long done;
};

static void work(void *arg) {
    struct worker *w = arg;
    int job;
    while (co_chan_recv(w->jobs, &job))
        w->done += job;
}

void feed(co_ctx *ctx, struct worker *w, int n) {
    w->ctx = ctx;
    w->jobs = co_chan_make(sizeof(int), 16);
    CO_DEFER_CLOSE(w->jobs);
    co_go(work, w);
    for (int i = 0; i < n; i++)
        co_chan_send(w->jobs, &i);
}
