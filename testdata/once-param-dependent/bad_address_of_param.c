/* The address of a by-value parameter. */
#include <co.h>

static co_once size_once;
static int pool_size;

static void set_size(void *arg) { pool_size = *(int *)arg; }

void pool_init(int size) {
    co_once_do(&size_once, set_size, &size); // want "set_size, run once by co_once_do on size_once, initialises from size, a parameter of pool_init"
}
