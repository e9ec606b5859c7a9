/* The close in the loop is followed by a break. */
#include <co.h>

static void run(void *arg) {
    (void)arg;
    co_chan *out = co_chan_make(sizeof(int), 10);
    for (int i = 0; i < 5; i++) {
        co_chan_send(out, &i);
        if (i == 2) {
            co_chan_close(out);
            break;
        }
    }
}

int main(void) { return co_main(run, NULL); }
