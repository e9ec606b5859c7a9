/* The error path hands the unlock to a helper. */
#include <co.h>

struct queue {
    co_mutex mu;
    int len;
};

static void queue_fail(struct queue *q) {
    q->len = 0;
    co_mutex_unlock(&q->mu);
}

int queue_push(struct queue *q) {
    co_mutex_lock(&q->mu);
    if (q->len > 100) {
        queue_fail(q);
        return -1;
    }
    q->len++;
    co_mutex_unlock(&q->mu);
    return 0;
}
