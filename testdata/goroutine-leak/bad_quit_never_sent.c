// run: leak
/* The child waits for a quit signal that the parent only sends on its
 * success path. */
#include <co.h>
#include <stdlib.h>

static void janitor(void *arg) {
    co_chan *quit = arg;
    co_chan_recv(quit, NULL);
}

static int load(void) { return getenv("CVET_NEVER_SET_THIS") ? 0 : -1; }

static void run(void *arg) {
    (void)arg;
    co_chan *quit = co_chan_make(sizeof(int), 0);
    co_go(janitor, quit); // want "goroutine janitor can block forever receiving from quit"
    if (load() < 0)
        return; /* quit is neither sent to nor closed on this path */
    co_chan_close(quit);
}

int main(void) { return co_main(run, NULL); }
