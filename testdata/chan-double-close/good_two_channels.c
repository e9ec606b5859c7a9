/* Two different channels, each closed once. */
#include <co.h>

struct pair {
    co_chan *in;
    co_chan *out;
};

static void run(void *arg) {
    (void)arg;
    struct pair p;
    p.in = co_chan_make(sizeof(int), 0);
    p.out = co_chan_make(sizeof(int), 0);
    co_chan_close(p.in);
    co_chan_close(p.out);
}

int main(void) { return co_main(run, NULL); }
