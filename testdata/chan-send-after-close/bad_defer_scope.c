// run: panic
/* The guard closes the channel when the inner block ends; the send after
 * the block panics. */
#include <co.h>

static void run(void *arg) {
    (void)arg;
    co_chan *events = co_chan_make(sizeof(int), 4);
    {
        CO_DEFER_CLOSE(events);
        int e = 1;
        co_chan_send(events, &e);
    }
    int late = 2;
    co_chan_send(events, &late); // want "send on events after it was closed"
}

int main(void) { return co_main(run, NULL); }
