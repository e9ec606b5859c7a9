/* A CO_REQUIRES helper called after the lock was released. */
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
    queue_grow_locked(q); // want "queue_grow_locked\(\) is called without holding q->mu, which it requires"
}

void start(struct queue *q) { co_go(producer, q); }
