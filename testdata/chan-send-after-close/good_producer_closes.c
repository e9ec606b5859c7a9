/* The sender closes its own channel when done; the receiver ranges. */
#include <co.h>

static void producer(void *arg) {
    co_chan *out = arg;
    for (int i = 0; i < 3; i++)
        co_chan_send(out, &i);
    co_chan_close(out);
}

static void run(void *arg) {
    (void)arg;
    co_chan *out = co_chan_make(sizeof(int), 0);
    co_go(producer, out);
    int v;
    while (co_chan_recv(out, &v)) {
    }
}

int main(void) { return co_main(run, NULL); }
