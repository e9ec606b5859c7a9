/* A single select with a timeout, outside any loop. */
#include <co.h>

static int request(co_chan *replies, int *out) {
    co_case cases[] = { CO_RECV(replies, out), CO_RECV(co_after(50 * CO_MILLISECOND), NULL) };
    return co_select(cases, 2);
}

static void main_fn(void *arg) {
    (void)arg;
    co_chan *replies = co_chan_make(sizeof(int), 1);
    int v = 3, got = 0;
    co_chan_send(replies, &v);
    request(replies, &got);
    co_chan_free(replies);
}

int main(void) { return co_main(main_fn, NULL); }
