#include <co.h>

struct server {
    co_mutex mu;
    int nconns;
};

void server_touch(struct server *s) {
    co_mutex_lock(&s->mu); // want "empty critical section: s->mu"
    co_mutex_unlock(&s->mu);
    s->nconns = 0;
}
