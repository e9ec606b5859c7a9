/* A helper whose callers hold the lock (not annotated): cvet does not
 * guess what the caller holds. */
#include <co.h>

struct queue {
    co_mutex mu;
    co_cond nonempty;
    int len;
};

void queue_wait_nonempty(struct queue *q) {
    while (q->len == 0)
        co_cond_wait(&q->nonempty, &q->mu);
}
