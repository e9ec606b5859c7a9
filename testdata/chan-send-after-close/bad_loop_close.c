// run: panic
/* The loop closes the channel on its third round and keeps going: the next
 * round's send panics. */
#include <co.h>

static void run(void *arg) {
    (void)arg;
    co_chan *out = co_chan_make(sizeof(int), 10);
    for (int i = 0; i < 5; i++) {
        co_chan_send(out, &i); // want "send on out after it was closed"
        if (i == 2)
            co_chan_close(out); /* missing break */
    }
}

int main(void) { return co_main(run, NULL); }
