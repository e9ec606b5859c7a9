// run: panic
/* A finish() helper closes the channel it is given on its error path and
 * again at the end. */
#include <co.h>

static void finish(co_chan *results, int err) {
    if (err != 0)
        co_chan_close(results);
    co_chan_close(results); // want "second close of results"
}

static void run(void *arg) {
    (void)arg;
    co_chan *results = co_chan_make(sizeof(int), 1);
    finish(results, -1);
}

int main(void) { return co_main(run, NULL); }
