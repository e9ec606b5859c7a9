#include <co.h>

struct server {
    co_mutex mu;
    co_chan *results;
    int inflight;
};

static void collector(void *arg) {
    struct server *s = arg;
    int r;
    co_mutex_lock(&s->mu);
    co_chan_recv(s->results, &r); // want "co_chan_recv on s->results while holding s->mu, but handler\(\) needs s->mu before it calls co_chan_send"
    s->inflight--;
    co_mutex_unlock(&s->mu);
}

static void handler(void *arg) {
    struct server *s = arg;
    int r = 42;
    co_mutex_lock(&s->mu);
    s->inflight++;
    co_mutex_unlock(&s->mu);
    co_chan_send(s->results, &r);
}

void start(struct server *s) {
    co_go(collector, s);
    co_go(handler, s);
}
