/* Zero-initialised with memset: still a fresh Once per call. */
#include <co.h>
#include <string.h>

static void init_tables(void *arg) { (void)arg; }

int lookup(int key) {
    co_once init; // want "co_once init has automatic storage"
    memset(&init, 0, sizeof init);
    co_once_do(&init, init_tables, NULL);
    return key;
}
