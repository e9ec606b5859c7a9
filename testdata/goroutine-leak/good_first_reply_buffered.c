/* "First response wins" done right: one slot per replica, so the replies
 * nobody reads still fit. */
#include <co.h>

static void query_replica(void *arg) {
    co_chan *replies = arg;
    int row = 1;
    co_chan_send(replies, &row);
}

static void run(void *arg) {
    (void)arg;
    co_chan *replies = co_chan_make(sizeof(int), 3);
    for (int i = 0; i < 3; i++)
        co_go(query_replica, replies);
    int first;
    co_chan_recv(replies, &first);
}

int main(void) { return co_main(run, NULL); }
