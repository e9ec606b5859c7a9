#include <co.h>

struct stats {
    co_mutex mu;
    long n;
};

static void stats_add_locked(struct stats *s, long d) { s->n += d; }

void stats_add(struct stats *s, long d) {
    co_mutex_lock(&s->mu);
    stats_add_locked(s, d);
    co_mutex_unlock(&s->mu);
}
