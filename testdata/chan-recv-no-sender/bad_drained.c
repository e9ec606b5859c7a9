// run: deadlock
/* One value was sent, two are received: the second receive waits on a
 * channel no other goroutine can reach. */
#include <co.h>

static void run(void *arg) {
    (void)arg;
    co_chan *box = co_chan_make(sizeof(int), 2);
    int v = 1;
    co_chan_send(box, &v);
    co_chan_recv(box, &v);
    co_chan_recv(box, &v); // want "receive from box blocks forever.*empty"
}

int main(void) { return co_main(run, NULL); }
