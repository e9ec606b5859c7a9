/* N senders, N receives: every worker's send is matched. */
#include <co.h>

static void check_shard(void *arg) {
    co_chan *errc = arg;
    int err = 0;
    co_chan_send(errc, &err);
}

static void run(void *arg) {
    (void)arg;
    co_chan *errc = co_chan_make(sizeof(int), 0);
    for (int i = 0; i < 4; i++)
        co_go(check_shard, errc);
    int failures = 0;
    for (int i = 0; i < 4; i++) {
        int err;
        co_chan_recv(errc, &err);
        if (err != 0)
            failures++; /* counted, but we keep receiving */
    }
    (void)failures;
    co_chan_free(errc);
}

int main(void) { return co_main(run, NULL); }
