#include <co.h>

struct stats {
    co_mutex mu;
    long n;
    long errors;
};

void stats_record(struct stats *s, int err, int verbose) {
    if (verbose) {
        co_mutex_lock(&s->mu); // want "s->mu is not released"
        if (err) {
            s->errors++;
            return;
        }
        s->n++;
        co_mutex_unlock(&s->mu);
    }
}
