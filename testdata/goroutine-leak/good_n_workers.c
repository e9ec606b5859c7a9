/* The number of workers is only known at run time; the receive loop runs as
 * many times as the spawn loop. */
#include <co.h>
#include <stdlib.h>

static void square(void *arg) {
    co_chan *out = arg;
    int v = 4;
    co_chan_send(out, &v);
}

static int worker_count(void) {
    const char *s = getenv("CVET_WORKERS");
    return s ? atoi(s) : 3;
}

static void run(void *arg) {
    (void)arg;
    int n = worker_count();
    co_chan *out = co_chan_make(sizeof(int), 0);
    for (int i = 0; i < n; i++)
        co_go(square, out);
    long sum = 0;
    for (int i = 0; i < n; i++) {
        int v;
        co_chan_recv(out, &v);
        sum += v;
    }
    (void)sum;
}

int main(void) { return co_main(run, NULL); }
