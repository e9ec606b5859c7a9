/* A new channel is made after the close; the send goes to the new one. */
#include <co.h>

static void run(void *arg) {
    (void)arg;
    co_chan *batch = co_chan_make(sizeof(int), 1);
    co_chan_close(batch);
    batch = co_chan_make(sizeof(int), 1);
    int v = 1;
    co_chan_send(batch, &v);
    co_chan_close(batch);
}

int main(void) { return co_main(run, NULL); }
