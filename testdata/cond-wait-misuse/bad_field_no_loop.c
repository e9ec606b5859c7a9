#include <co.h>

struct queue {
    co_mutex mu;
    co_cond nonempty;
    int len;
};

int queue_pop(struct queue *q) {
    co_mutex_lock(&q->mu);
    if (q->len == 0) {
        co_cond_wait(&q->nonempty, &q->mu); // want "co_cond_wait on q->nonempty is not in a loop"
    }
    q->len--;
    co_mutex_unlock(&q->mu);
    return 0;
}
