#include <co.h>

static co_mutex mu = CO_MUTEX_INIT;
static int items[16];
static int nitems;

int push(int v) {
    co_mutex_lock(&mu); // want "mu is not released on the path to the return at line 10"
    if (nitems == 16)
        return -1;
    items[nitems++] = v;
    co_mutex_unlock(&mu);
    return 0;
}
