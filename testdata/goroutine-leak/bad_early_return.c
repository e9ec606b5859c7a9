// run: leak
/* The parent returns on its error path before it receives the result: the
 * child blocks forever in its send on the unbuffered channel. */
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
    co_go(fetch, result); // want "goroutine fetch can block forever sending on result"
    if (validate(input) < 0)
        return; /* error path: nobody will ever receive from result */
    int v;
    co_chan_recv(result, &v);
    co_chan_free(result);
}

int main(void) { return co_main(run, NULL); }
