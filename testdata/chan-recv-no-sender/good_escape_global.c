/* The local channel is published in a global before the receive; the
 * goroutine spawned afterwards sends on it. */
#include <co.h>

static co_chan *g_reply;

static void responder(void *arg) {
    (void)arg;
    int v = 4;
    co_chan_send(g_reply, &v);
}

static void run(void *arg) {
    (void)arg;
    co_chan *reply = co_chan_make(sizeof(int), 0);
    g_reply = reply;
    co_go(responder, NULL);
    int v;
    co_chan_recv(reply, &v);
}

int main(void) { return co_main(run, NULL); }
