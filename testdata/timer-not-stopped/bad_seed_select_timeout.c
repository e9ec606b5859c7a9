// run: leak
/* Seed pattern: a timeout timer for one request; the success branch returns
 * without stopping it (Go: timer := time.NewTimer(d) without timer.Stop()). */
#include <co.h>

static int fetch(co_chan *results, int *out) {
    co_timer *deadline = co_timer_new(CO_SECOND); // want "timer deadline .*never stopped"
    co_case cases[] = { CO_RECV(results, out), CO_RECV(co_timer_chan(deadline), NULL) };
    switch (co_select(cases, 2)) {
    case 0:
        return 0;
    default:
        co_timer_stop(deadline);
        return -1;
    }
}

static void main_fn(void *arg) {
    (void)arg;
    co_chan *results = co_chan_make(sizeof(int), 1);
    int v = 42, got = 0;
    co_chan_send(results, &v);
    fetch(results, &got);
    co_chan_free(results);
}

int main(void) { return co_main(main_fn, NULL); }
