#include <co.h>

static co_mutex mu = CO_MUTEX_INIT;
static int items[16];
static int nitems;

int push(int v) {
    co_mutex_lock(&mu);
    CO_DEFER_UNLOCK(&mu);
    if (nitems == 16)
        return -1;
    items[nitems++] = v;
    return 0;
}
