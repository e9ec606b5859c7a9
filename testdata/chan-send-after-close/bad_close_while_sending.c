// run: panic
/* The receiver closes the channel while the producer is still sending:
 * the producer's next send panics. */
#include <co.h>

static void producer(void *arg) {
    co_chan *ticks = arg;
    for (int i = 0;; i++)
        co_chan_send(ticks, &i);
}

static void run(void *arg) {
    (void)arg;
    co_chan *ticks = co_chan_make(sizeof(int), 1);
    co_go(producer, ticks);
    co_chan_close(ticks); // want "ticks is closed here while goroutine producer .*can still send"
    co_sleep(50 * CO_MILLISECOND);
}

int main(void) { return co_main(run, NULL); }
