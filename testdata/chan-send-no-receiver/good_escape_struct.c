/* The channel is stored in a server struct handed to a goroutine before the
 * send: the goroutine is the receiver. */
#include <co.h>
#include <stdlib.h>

struct server {
    co_chan *in;
};

static void serve(void *arg) {
    struct server *s = arg;
    int v;
    co_chan_recv(s->in, &v);
}

static void run(void *arg) {
    (void)arg;
    co_chan *in = co_chan_make(sizeof(int), 0);
    struct server *s = malloc(sizeof *s);
    s->in = in;
    co_go(serve, s);
    int v = 3;
    co_chan_send(in, &v);
    co_sleep(1 * CO_MILLISECOND);
    free(s);
}

int main(void) { return co_main(run, NULL); }
