// run: leak
/* "First response wins" (Go's replicated-query pattern) on an unbuffered
 * channel: the two slower replicas block forever in their send. */
#include <co.h>

static void query_replica(void *arg) {
    co_chan *replies = arg;
    int row = 1;
    co_chan_send(replies, &row);
}

static void run(void *arg) {
    (void)arg;
    co_chan *replies = co_chan_make(sizeof(int), 0);
    for (int i = 0; i < 3; i++)
        co_go(query_replica, replies); // want "goroutine query_replica \(spawned 3 times in a loop\) can block forever sending on replies.*only 1 of the 3"
    int first;
    co_chan_recv(replies, &first);
}

int main(void) { return co_main(run, NULL); }
