// run: panic
/* stop_server() closes s->quit; the caller closes it again. */
#include <co.h>
#include <stdlib.h>

struct server {
    co_chan *quit;
};

static void stop_server(struct server *s) { co_chan_close(s->quit); }

static void run(void *arg) {
    (void)arg;
    struct server *s = malloc(sizeof *s);
    s->quit = co_chan_make(0, 0);
    stop_server(s);
    co_chan_close(s->quit); // want "second close of s->quit"
    free(s);
}

int main(void) { return co_main(run, NULL); }
