/* Through a struct: the Done on s->wg is in the spawner. */
#include <co.h>

struct server { co_waitgroup wg; co_chan *jobs; };

static void handler(void *arg) {
    struct server *s = arg;
    int j;
    while (co_chan_recv(s->jobs, &j)) {}
}

void serve(struct server *s) {
    co_wg_add(&s->wg, 1);
    co_go(handler, s);
    co_wg_done(&s->wg); // want "co_wg_done on s->wg runs in serve, the spawner, not in the goroutine handler"
    co_wg_wait(&s->wg);
}
