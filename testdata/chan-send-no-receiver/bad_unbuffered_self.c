// run: deadlock
/* The seed's deadlock: a send on a fresh unbuffered channel that no other
 * goroutine knows about. */
#include <co.h>

static void run(void *arg) {
    (void)arg;
    co_chan *ch = co_chan_make(sizeof(int), 0);
    int v = 42;
    co_chan_send(ch, &v); // want "send on ch blocks forever"
    co_chan_recv(ch, &v);
}

int main(void) { return co_main(run, NULL); }
