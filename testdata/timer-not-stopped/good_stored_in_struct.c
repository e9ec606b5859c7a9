/* The timer escapes into the session; session_close stops it. */
#include <co.h>

struct session {
    co_timer *idle;
    int id;
};

int session_open(struct session *s, int id) {
    co_timer *t = co_timer_new(30 * CO_SECOND);
    if (id < 0) {
        co_timer_stop(t);
        return -1;
    }
    s->idle = t;
    s->id = id;
    return 0;
}

void session_close(struct session *s) {
    co_timer_stop(s->idle);
    s->idle = NULL;
}
