// run: panic
/* A defer guard closes the channel at scope exit, and the body closes it
 * too: the guard's close panics. */
#include <co.h>

static void run(void *arg) {
    (void)arg;
    co_chan *events = co_chan_make(sizeof(int), 1);
    {
        CO_DEFER_CLOSE(events); // want "second close of events"
        int e = 1;
        co_chan_send(events, &e);
        co_chan_close(events);
    }
}

int main(void) { return co_main(run, NULL); }
