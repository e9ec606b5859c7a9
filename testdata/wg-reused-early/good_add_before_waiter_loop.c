/* Adds in a loop that ends before the waiter is spawned. */
#include <co.h>

static co_waitgroup wg;

static void job(void *arg) { (void)arg; CO_DEFER_DONE(&wg); }
static void waiter(void *arg) { co_chan *c = arg; co_wg_wait(&wg); co_chan_close(c); }

static void run(void *arg) {
    (void)arg;
    co_chan *c = co_chan_make(0, 0);
    for (int i = 0; i < 4; i++) {
        co_wg_add(&wg, 1);
        co_go(job, NULL);
    }
    co_go(waiter, c);
    co_chan_recv(c, NULL);
    co_chan_free(c);
}

int main(void) { return co_main(run, NULL); }
