/* The select has a timeout case, so it cannot block forever. */
#include <co.h>

static void run(void *arg) {
    (void)arg;
    co_chan *data = co_chan_make(sizeof(int), 0);
    int v;
    co_case cases[2] = { CO_RECV(data, &v), CO_RECV(co_after(1 * CO_MILLISECOND), NULL) };
    co_select(cases, 2);
    co_chan_free(data);
}

int main(void) { return co_main(run, NULL); }
