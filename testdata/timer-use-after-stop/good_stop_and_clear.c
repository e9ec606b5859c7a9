/* The pointer is cleared when the timer is stopped, and checked before the
 * second stop. */
#include <co.h>

struct job {
    co_timer *timeout;
};

void job_cancel(struct job *j) {
    co_timer_stop(j->timeout);
    j->timeout = NULL;
}

void job_finish(struct job *j, int cancelled) {
    if (cancelled)
        job_cancel(j);
    if (j->timeout) {
        co_timer_stop(j->timeout);
        j->timeout = NULL;
    }
}

static void stop_and_clear(co_timer **tp) {
    co_timer_stop(*tp);
    *tp = NULL;
}

void local_version(co_duration d, int early) {
    co_timer *t = co_timer_new(d);
    if (early)
        stop_and_clear(&t);
    if (t)
        co_timer_stop(t);
}
