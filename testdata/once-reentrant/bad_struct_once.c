/* The Once travels in the argument. */
#include <co.h>

struct lazy { co_once once; int v; };

static void fill(void *arg) {
    struct lazy *l = arg;
    co_once_do(&l->once, fill, l);
    l->v = 1;
}

int lazy_get(struct lazy *l) {
    co_once_do(&l->once, fill, l); // want "fill, run by co_once_do on l->once, calls co_once_do on l->once again"
    return l->v;
}
