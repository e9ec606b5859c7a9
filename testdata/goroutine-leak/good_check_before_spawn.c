/* The error path returns before the goroutine exists: on every path that
 * spawns fetch, the result is received. */
#include <co.h>
#include <stdlib.h>

static void fetch(void *arg) {
    co_chan *out = arg;
    int v = 42;
    co_chan_send(out, &v);
}

static int validate(const char *s) { return s == NULL ? -1 : 0; }

static void run(void *arg) {
    const char *input = arg;
    co_chan *result = co_chan_make(sizeof(int), 0);
    if (validate(input) < 0) {
        co_chan_free(result);
        return;
    }
    co_go(fetch, result);
    int v;
    co_chan_recv(result, &v);
    co_chan_free(result);
}

int main(void) { return co_main(run, "ok"); }
