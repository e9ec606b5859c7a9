#include <co.h>

static co_mutex mu = CO_MUTEX_INIT;
static int slots[8];

int find_free(void) {
    co_mutex_lock(&mu); // want "mu is not released"
    for (int i = 0; i < 8; i++) {
        if (slots[i] == 0) {
            slots[i] = 1;
            return i;
        }
    }
    co_mutex_unlock(&mu);
    return -1;
}
