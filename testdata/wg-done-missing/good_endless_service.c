/* A service loop that never returns: no path reaches the end without Done. */
#include <co.h>

static co_waitgroup wg;

static void serve(void *arg) {
    co_chan *reqs = arg;
    int r;
    for (;;) {
        if (!co_chan_recv(reqs, &r)) {
            co_wg_done(&wg);
            return;
        }
    }
}

static void run(void *arg) {
    (void)arg;
    co_chan *reqs = co_chan_make(sizeof(int), 4);
    co_wg_add(&wg, 1);
    co_go(serve, reqs);
    co_chan_close(reqs);
    co_wg_wait(&wg);
    co_chan_free(reqs);
}

int main(void) { return co_main(run, NULL); }
