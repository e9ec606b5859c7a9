/* The producers finish (the WaitGroup says so) before the channel closes. */
#include <co.h>

static co_waitgroup wg = CO_WAITGROUP_INIT;

static void producer(void *arg) {
    co_chan *out = arg;
    CO_DEFER_DONE(&wg);
    for (int i = 0; i < 3; i++)
        co_chan_send(out, &i);
}

static void run(void *arg) {
    (void)arg;
    co_chan *out = co_chan_make(sizeof(int), 8);
    co_wg_add(&wg, 2);
    co_go(producer, out);
    co_go(producer, out);
    co_wg_wait(&wg);
    co_chan_close(out);
    int v;
    while (co_chan_recv(out, &v)) {
    }
}

int main(void) { return co_main(run, NULL); }
