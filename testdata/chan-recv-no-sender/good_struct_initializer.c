/* The channel travels to the producer inside a struct built with an
 * initializer list; the producer sends and closes. */
#include <co.h>

struct pipe {
    co_chan *out;
    int count;
};

static void producer(void *arg) {
    struct pipe *p = arg;
    for (int i = 0; i < p->count; i++)
        co_chan_send(p->out, &i);
    co_chan_close(p->out);
}

static void run(void *arg) {
    (void)arg;
    co_chan *ch = co_chan_make(sizeof(int), 3);
    struct pipe p = { ch, 9 };
    co_go(producer, &p);
    long sum = 0;
    int v;
    while (co_chan_recv(ch, &v))
        sum += v;
    co_chan_free(ch);
}

int main(void) { return co_main(run, NULL); }
