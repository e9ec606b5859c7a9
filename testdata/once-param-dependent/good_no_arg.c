/* The Once function ignores its argument and reads fixed configuration. */
#include <co.h>

static co_once once;
static int rate;

static void init(void *arg) { (void)arg; rate = 100; }

int get_rate(const char *name) {
    (void)name;
    co_once_do(&once, init, NULL);
    return rate;
}
