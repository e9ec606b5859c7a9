// run: deadlock
/* The channel lives in a local struct that never leaves the function. */
#include <co.h>

struct pipe {
    co_chan *ch;
    int sent;
};

static void run(void *arg) {
    (void)arg;
    struct pipe p;
    p.ch = co_chan_make(sizeof(int), 0);
    p.sent = 0;
    int v = 5;
    co_chan_send(p.ch, &v); // want "send on p.ch blocks forever"
    p.sent++;
}

int main(void) { return co_main(run, NULL); }
