#include <co.h>

struct queue {
    co_mutex mu;
    co_cond nonempty;
    int len;
};

int queue_pop(struct queue *q) {
    co_mutex_lock(&q->mu);
    for (;;) {
        if (q->len > 0)
            break;
        co_cond_wait(&q->nonempty, &q->mu);
    }
    q->len--;
    co_mutex_unlock(&q->mu);
    return 0;
}
