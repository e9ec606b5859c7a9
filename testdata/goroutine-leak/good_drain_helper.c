/* The early return drains the channel first, through a helper. */
#include <co.h>
#include <stdlib.h>

static void fetch(void *arg) {
    co_chan *out = arg;
    int v = 42;
    co_chan_send(out, &v);
}

static void drain_one(co_chan *c) {
    int ignored;
    co_chan_recv(c, &ignored);
}

static int validate(const char *s) { return s == NULL ? -1 : 0; }

static void run(void *arg) {
    const char *input = arg;
    co_chan *result = co_chan_make(sizeof(int), 0);
    co_go(fetch, result);
    if (validate(input) < 0) {
        drain_one(result); /* let fetch finish before we leave */
        return;
    }
    int v;
    co_chan_recv(result, &v);
}

int main(void) { return co_main(run, NULL); }
