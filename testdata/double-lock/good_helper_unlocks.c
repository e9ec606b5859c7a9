/* The helper releases the lock, so taking it again is fine. */
#include <co.h>

struct queue {
    co_mutex mu;
    int len;
};

static void queue_unlock(struct queue *q) { co_mutex_unlock(&q->mu); }

void queue_push_twice(struct queue *q) {
    co_mutex_lock(&q->mu);
    q->len++;
    queue_unlock(q);
    co_mutex_lock(&q->mu);
    q->len++;
    co_mutex_unlock(&q->mu);
}
