/* A global struct holding a Once. */
#include <co.h>

static struct { co_once once; int n; } registry = { CO_ONCE_INIT, 0 };

static void fill(void *arg) { (void)arg; registry.n = 10; }

int registry_size(void) {
    co_once_do(&registry.once, fill, NULL);
    return registry.n;
}
