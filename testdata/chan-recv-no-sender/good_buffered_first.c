/* The value is already in the buffer when it is received. */
#include <co.h>

static void run(void *arg) {
    (void)arg;
    co_chan *box = co_chan_make(sizeof(int), 1);
    int v = 1;
    co_chan_send(box, &v);
    co_chan_recv(box, &v);
    co_chan_free(box);
}

int main(void) { return co_main(run, NULL); }
