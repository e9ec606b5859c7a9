// run: deadlock
/* The loop ends only when queue is closed; nothing closes it, so after the
 * two buffered values the receive blocks forever. */
#include <co.h>

static void run(void *arg) {
    (void)arg;
    co_chan *queue = co_chan_make(sizeof(int), 4);
    int a = 1, b = 2, sum = 0, v;
    co_chan_send(queue, &a);
    co_chan_send(queue, &b);
    while (co_chan_recv(queue, &v)) // want "receive from queue blocks forever.*never closed"
        sum += v;
}

int main(void) { return co_main(run, NULL); }
