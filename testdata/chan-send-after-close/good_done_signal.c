/* The producer signals on a separate channel after its last send, and the
 * parent waits for that signal before it closes. */
#include <co.h>

struct stream {
    co_chan *data;
    co_chan *finished;
};

static void producer(void *arg) {
    struct stream *s = arg;
    for (int i = 0; i < 2; i++)
        co_chan_send(s->data, &i);
    co_chan_send(s->finished, NULL);
}

static void run(void *arg) {
    (void)arg;
    struct stream s;
    s.data = co_chan_make(sizeof(int), 2);
    s.finished = co_chan_make(0, 0);
    co_go(producer, &s);
    co_chan_recv(s.finished, NULL);
    co_chan_close(s.data);
    int v;
    while (co_chan_recv(s.data, &v)) {
    }
}

int main(void) { return co_main(run, NULL); }
