/* The server is set up by a helper before the helper starts the goroutine
 * that uses it under the lock; main had already started another goroutine. */
#include <co.h>

struct server {
    co_mutex mu;
    int running;
    int served;
};

static void serve(void *arg) {
    struct server *s = arg;
    co_mutex_lock(&s->mu);
    if (s->running)
        s->served++;
    co_mutex_unlock(&s->mu);
}

static void logger(void *arg) { (void)arg; }

static void server_start(struct server *s) {
    s->running = 1;
    s->served = 0;
    co_go(serve, s);
}

void boot(struct server *s) {
    co_go(logger, NULL);
    server_start(s);
}
