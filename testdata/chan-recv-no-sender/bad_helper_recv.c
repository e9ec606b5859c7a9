// run: deadlock
/* A helper waits on the channel; nothing was sent and nobody else has it. */
#include <co.h>

static int wait_value(co_chan *c) {
    int v = 0;
    co_chan_recv(c, &v);
    return v;
}

static void run(void *arg) {
    (void)arg;
    co_chan *answers = co_chan_make(sizeof(int), 1);
    int v = wait_value(answers); // want "receive from answers blocks forever"
    (void)v;
}

int main(void) { return co_main(run, NULL); }
