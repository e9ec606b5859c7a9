/* Each element of the array is a different channel, closed once; and a
 * linked list of subscribers, each closed once. */
#include <co.h>
#include <stdlib.h>

struct sub {
    co_chan *ch;
    struct sub *next;
};

static void close_subscribers(struct sub *list) {
    for (struct sub *s = list; s; s = s->next)
        co_chan_close(s->ch);
}

static void run(void *arg) {
    (void)arg;
    co_chan *shards[4];
    for (int i = 0; i < 4; i++)
        shards[i] = co_chan_make(sizeof(int), 1);
    for (int i = 0; i < 4; i++)
        co_chan_close(shards[i]);
    struct sub b = { co_chan_make(0, 0), NULL };
    struct sub a = { co_chan_make(0, 0), &b };
    close_subscribers(&a);
}

int main(void) { return co_main(run, NULL); }
