/* The fix for the early return: a buffer of one lets fetch finish even
 * when nobody receives. */
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
    co_chan *result = co_chan_make(sizeof(int), 1); /* one slot per sender */
    co_go(fetch, result);
    if (validate(input) < 0)
        return;
    int v;
    co_chan_recv(result, &v);
}

int main(void) { return co_main(run, NULL); }
