/* The object is filled in before it is shared. */
#include <co.h>
#include <stdlib.h>

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

static struct stats *stats_new(long start) {
    struct stats *s = calloc(1, sizeof *s);
    if (!s)
        return NULL;
    s->requests = start;
    return s;
}

static void spawner(void *arg) {
    (void)arg;
    struct stats *s = stats_new(5);
    if (s)
        co_go(handler, s);
}

void start(void) { co_go(spawner, NULL); }
