/* Only the defer guard closes the channel, once, at scope exit. */
#include <co.h>

static void run(void *arg) {
    (void)arg;
    co_chan *events = co_chan_make(sizeof(int), 1);
    {
        CO_DEFER_CLOSE(events);
        int e = 1;
        co_chan_send(events, &e);
    }
    int e;
    co_chan_recv(events, &e);
}

int main(void) { return co_main(run, NULL); }
