#include <co.h>

struct pipe {
    co_mutex in_mu, out_mu;
    int in, out;
};

static void reader(void *arg) {
    struct pipe *p = arg;
    co_mutex_lock(&p->in_mu);
    co_mutex_lock(&p->out_mu); // want "lock order inversion: p->out_mu is locked while holding p->in_mu"
    p->out = p->in;
    co_mutex_unlock(&p->out_mu);
    co_mutex_unlock(&p->in_mu);
}

static void writer(void *arg) {
    struct pipe *p = arg;
    co_mutex_lock(&p->out_mu);
    co_mutex_lock(&p->in_mu);
    p->in = p->out + 1;
    co_mutex_unlock(&p->in_mu);
    co_mutex_unlock(&p->out_mu);
}

void start(struct pipe *p) {
    co_go(reader, p);
    co_go(writer, p);
}
