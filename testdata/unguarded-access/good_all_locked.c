#include <co.h>

struct stats {
    co_mutex mu;
    long requests;
};

static void handler(void *arg) {
    struct stats *s = arg;
    co_mutex_lock(&s->mu);
    s->requests++;
    co_mutex_unlock(&s->mu);
}

static void reporter(void *arg) {
    struct stats *st = arg;
    co_mutex_lock(&st->mu);
    CO_DEFER_UNLOCK(&st->mu);
    long n = st->requests;
    (void)n;
}

void start(struct stats *s) {
    co_go(handler, s);
    co_go(reporter, s);
}
