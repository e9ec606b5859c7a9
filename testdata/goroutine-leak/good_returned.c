/* The channel escapes: start_fetch returns it, so its caller is the
 * receiver and cvet cannot count the receives here. */
#include <co.h>

static void fetch(void *arg) {
    co_chan *out = arg;
    int v = 42;
    co_chan_send(out, &v);
}

static co_chan *start_fetch(void) {
    co_chan *out = co_chan_make(sizeof(int), 0);
    co_go(fetch, out);
    return out;
}

static void run(void *arg) {
    (void)arg;
    co_chan *pending = start_fetch();
    int v;
    co_chan_recv(pending, &v);
}

int main(void) { return co_main(run, NULL); }
