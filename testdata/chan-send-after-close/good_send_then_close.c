/* Send, then close, then drain. */
#include <co.h>

static void run(void *arg) {
    (void)arg;
    co_chan *out = co_chan_make(sizeof(int), 4);
    int v = 1;
    co_chan_send(out, &v);
    co_chan_close(out);
    while (co_chan_recv(out, &v)) {
    }
    co_chan_free(out);
}

int main(void) { return co_main(run, NULL); }
