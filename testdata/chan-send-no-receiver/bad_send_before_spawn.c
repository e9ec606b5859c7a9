// run: deadlock
/* The consumer is started after the first send: that send has nobody to
 * hand its value to. */
#include <co.h>

static void consume(void *arg) {
    co_chan *in = arg;
    int v;
    while (co_chan_recv(in, &v)) {
    }
}

static void run(void *arg) {
    (void)arg;
    co_chan *in = co_chan_make(sizeof(int), 0);
    int first = 1;
    co_chan_send(in, &first); // want "send on in blocks forever"
    co_go(consume, in);
    co_chan_close(in);
}

int main(void) { return co_main(run, NULL); }
