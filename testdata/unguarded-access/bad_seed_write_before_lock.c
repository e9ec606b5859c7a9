/* Seed 2.3: data is written before mu is taken, while readers take mu. */
#include <co.h>

static int data;
static co_mutex mu = CO_MUTEX_INIT;

static void writer(void *arg) {
    (void)arg;
    data = 42; // want "data is written without holding mu"
    co_mutex_lock(&mu);
    co_mutex_unlock(&mu);
}

static void reader(void *arg) {
    int *out = arg;
    co_mutex_lock(&mu);
    CO_DEFER_UNLOCK(&mu);
    *out = data;
}

void start(int *out) {
    co_go(writer, NULL);
    co_go(reader, out);
}
