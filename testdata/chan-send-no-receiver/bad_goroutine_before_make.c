/* A reporter goroutine started before the results channel exists: if it
 * reports before the main goroutine makes the channel, its send is on
 * NULL and blocks forever. */
#include <co.h>

static co_chan *results;

static void reporter(void *arg) {
    int v = (int)(long)arg;
    co_chan_send(results, &v);
}

static void app(void *arg) {
    (void)arg;
    co_go(reporter, (void *)7L); // want "goroutine reporter may send on results before it is made"
    results = co_chan_make(sizeof(int), 1);
    int v;
    co_chan_recv(results, &v);
}

int main(void) { return co_main(app, NULL); }
