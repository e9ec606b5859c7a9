/* ready is created by a helper called before the receive, and a goroutine
 * closes it. */
#include <co.h>

static co_chan *ready;

static void init_ready(void) { ready = co_chan_make(0, 0); }

static void signaller(void *arg) {
    (void)arg;
    co_chan_close(ready);
}

static void run(void *arg) {
    (void)arg;
    init_ready();
    co_go(signaller, NULL);
    co_chan_recv(ready, NULL);
}

int main(void) { return co_main(run, NULL); }
