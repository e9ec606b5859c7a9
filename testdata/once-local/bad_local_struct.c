/* A local struct holding a Once. */
#include <co.h>

struct lazy { co_once once; int value; };

static void compute(void *arg) { struct lazy *l = arg; l->value = 42; }

int get_value(void) {
    struct lazy l = { CO_ONCE_INIT, 0 }; // want "co_once l.once has automatic storage"
    co_once_do(&l.once, compute, &l);
    return l.value;
}
