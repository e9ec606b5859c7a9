/* The field is guarded inside a CO_REQUIRES helper, and written elsewhere
 * without the lock. */
#include <co.h>

struct queue {
    co_mutex mu;
    int len;
};

static void queue_grow_locked(struct queue *q) CO_REQUIRES(q->mu) { q->len++; }

static void producer(void *arg) {
    struct queue *q = arg;
    co_mutex_lock(&q->mu);
    queue_grow_locked(q);
    co_mutex_unlock(&q->mu);
}

static void drainer(void *arg) {
    struct queue *q = arg;
    q->len = 0; // want "q->len is written without holding q->mu"
}

void start(struct queue *q) {
    co_go(producer, q);
    co_go(drainer, q);
}
