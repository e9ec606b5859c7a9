/* The helper already released the lock. */
#include <co.h>

struct queue {
    co_mutex mu;
    int len;
};

static void queue_unlock(struct queue *q) { co_mutex_unlock(&q->mu); }

void queue_push(struct queue *q) {
    co_mutex_lock(&q->mu);
    q->len++;
    queue_unlock(q);
    co_mutex_unlock(&q->mu); // want "unlock of q->mu, which is not held here"
}
