/* Through a struct: the monitor waits while the dispatcher adds. */
#include <co.h>

struct hub { co_waitgroup wg; co_chan *idle; };

static void job(void *arg) { struct hub *h = arg; co_wg_done(&h->wg); }

static void monitor(void *arg) {
    struct hub *h = arg;
    co_wg_wait(&h->wg);
    co_chan_close(h->idle);
}

void dispatch(struct hub *h, int n) {
    co_go(monitor, h);
    for (int i = 0; i < n; i++) {
        co_wg_add(&h->wg, 1); // want "co_wg_add on h->wg can run while co_wg_wait on h->wg in monitor"
        co_go(job, h);
    }
}
