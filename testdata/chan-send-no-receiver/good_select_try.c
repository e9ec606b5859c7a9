/* A select with a default never blocks, even on a full channel. */
#include <co.h>

static void run(void *arg) {
    (void)arg;
    co_chan *ch = co_chan_make(sizeof(int), 0);
    int v = 1;
    co_case cases[1] = { CO_SEND(ch, &v) };
    if (co_select_try(cases, 1) < 0)
        v = 0; /* dropped: nobody was listening */
    co_chan_free(ch);
}

int main(void) { return co_main(run, NULL); }
