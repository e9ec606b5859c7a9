#include <co.h>

static int counter;

static void bump(co_mutex m) { // want "co_mutex m is passed by value"
    co_mutex_lock(&m);
    counter++;
    co_mutex_unlock(&m);
}

static co_mutex mu = CO_MUTEX_INIT;

void bump_twice(void) {
    bump(mu); // want "mu is copied: passed by value to bump\(\)"
    bump(mu); // want "mu is copied: passed by value to bump\(\)"
}
