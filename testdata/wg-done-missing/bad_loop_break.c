/* A loop that returns from the middle skips the Done after it. */
#include <co.h>

struct feed { co_chan *in; co_waitgroup *wg; };

static void consume(void *arg) {
    struct feed *f = arg;
    int v;
    while (co_chan_recv(f->in, &v)) {
        if (v < 0)
            return; // want "consume can return without co_wg_done on f->wg"
    }
    co_wg_done(f->wg);
}

void start(struct feed *f) {
    co_wg_add(f->wg, 1);
    co_go(consume, f);
    co_wg_wait(f->wg);
}
