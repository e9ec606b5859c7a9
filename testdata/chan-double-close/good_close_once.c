/* One close, then the receiver sees it. */
#include <co.h>

static void run(void *arg) {
    (void)arg;
    co_chan *done = co_chan_make(0, 0);
    co_chan_close(done);
    co_chan_recv(done, NULL);
    co_chan_free(done);
}

int main(void) { return co_main(run, NULL); }
