/* Fill, close, then drain: the loop ends when the buffer is empty. */
#include <co.h>

static void run(void *arg) {
    (void)arg;
    co_chan *queue = co_chan_make(sizeof(int), 4);
    int a = 1, b = 2, sum = 0, v;
    co_chan_send(queue, &a);
    co_chan_send(queue, &b);
    co_chan_close(queue);
    while (co_chan_recv(queue, &v))
        sum += v;
    co_chan_free(queue);
}

int main(void) { return co_main(run, NULL); }
