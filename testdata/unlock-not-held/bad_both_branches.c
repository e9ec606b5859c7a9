#include <co.h>

static co_mutex mu = CO_MUTEX_INIT;
static int a, b;

void update(int which) {
    co_mutex_lock(&mu);
    if (which) {
        a++;
        co_mutex_unlock(&mu);
    } else {
        b++;
        co_mutex_unlock(&mu);
    }
    co_mutex_unlock(&mu); // want "unlock of mu, which is not held here"
}
