// run: panic
/* finish() closes the stream it is given; the caller keeps sending. */
#include <co.h>

static void finish(co_chan *stream) { co_chan_close(stream); }

static void run(void *arg) {
    (void)arg;
    co_chan *stream = co_chan_make(sizeof(int), 4);
    finish(stream);
    int v = 3;
    co_chan_send(stream, &v); // want "send on stream after it was closed"
}

int main(void) { return co_main(run, NULL); }
