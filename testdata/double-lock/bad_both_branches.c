#include <co.h>

struct server {
    co_mutex mu;
    int nconns;
    int closed;
};

void server_accept(struct server *s, int fast) {
    if (fast) {
        co_mutex_lock(&s->mu);
        s->nconns++;
    } else {
        co_mutex_lock(&s->mu);
        s->nconns += 2;
    }
    co_mutex_lock(&s->mu); // want "s->mu is locked again while already held"
    s->closed = 0;
    co_mutex_unlock(&s->mu);
}
