// run: deadlock
/* ready is created in init_ready(), which runs only after the receive:
 * receiving from a NULL channel blocks forever. */
#include <co.h>

static co_chan *ready;

static void init_ready(void) { ready = co_chan_make(0, 0); }

static void run(void *arg) {
    (void)arg;
    co_chan_recv(ready, NULL); // want "receive from ready blocks forever.*NULL"
    init_ready();
    co_chan_close(ready);
}

int main(void) { return co_main(run, NULL); }
