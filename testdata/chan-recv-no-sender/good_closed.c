/* A receive from a closed channel returns at once (false). */
#include <co.h>

static void run(void *arg) {
    (void)arg;
    co_chan *done = co_chan_make(0, 0);
    co_chan_close(done);
    bool ok = co_chan_recv(done, NULL);
    (void)ok;
    co_chan_free(done);
}

int main(void) { return co_main(run, NULL); }
