/* The parent's receiving is done by a helper that drains the channel until
 * the producer closes it: every send is received. */
#include <co.h>

static void produce(void *arg) {
    co_chan *out = arg;
    for (int i = 0; i < 3; i++)
        co_chan_send(out, &i);
    co_chan_close(out);
}

static int drain(co_chan *c) {
    int v, sum = 0;
    while (co_chan_recv(c, &v))
        sum += v;
    return sum;
}

static void run(void *arg) {
    (void)arg;
    co_chan *out = co_chan_make(sizeof(int), 0);
    co_go(produce, out);
    int sum = drain(out);
    (void)sum;
}

int main(void) { return co_main(run, NULL); }
