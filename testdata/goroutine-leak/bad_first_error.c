// run: leak
/* N senders, fewer receives: four workers each send one error, and the
 * receiver stops at the first one. Three workers stay blocked. */
#include <co.h>

static void check_shard(void *arg) {
    co_chan *errc = arg;
    int err = -1; /* every shard fails in this run */
    co_chan_send(errc, &err);
}

static void run(void *arg) {
    (void)arg;
    co_chan *errc = co_chan_make(sizeof(int), 0);
    for (int i = 0; i < 4; i++)
        co_go(check_shard, errc); // want "goroutine check_shard .*can block forever sending on errc"
    for (int i = 0; i < 4; i++) {
        int err;
        co_chan_recv(errc, &err);
        if (err != 0)
            break; /* first error wins; the others never get received */
    }
}

int main(void) { return co_main(run, NULL); }
