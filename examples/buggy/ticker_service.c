/* A poller that samples a sensor every 10 ms. On a read error it returns
 * early and forgets to stop its ticker: the ticker fires forever. */
#include <co.h>
#include <stdio.h>

static int samples;

static int read_sensor(void) { return ++samples < 3 ? samples : -1; }

static int poll_sensor(int n) {
    co_ticker *t = co_ticker_new(10 * CO_MILLISECOND);
    for (int i = 0; i < n; i++) {
        co_chan_recv(co_ticker_chan(t), NULL);
        if (read_sensor() < 0)
            return -1;                      /* the ticker is never stopped on this path */
    }
    co_ticker_stop(t);
    return 0;
}

static void run(void *arg) {
    (void)arg;
    printf("poll: %d\n", poll_sensor(5));
}

int main(void) { return co_main(run, NULL); }
