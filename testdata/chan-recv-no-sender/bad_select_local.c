// run: deadlock
/* A select whose every case receives from a channel nobody else can reach. */
#include <co.h>

static void run(void *arg) {
    (void)arg;
    co_chan *data = co_chan_make(sizeof(int), 0);
    co_chan *quit = co_chan_make(0, 0);
    int v;
    co_case cases[2] = { CO_RECV(data, &v), CO_RECV(quit, NULL) };
    co_select(cases, 2); // want "co_select blocks forever.*data"
}

int main(void) { return co_main(run, NULL); }
