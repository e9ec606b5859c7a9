/* A static local Once in a getter keyed by a parameter. */
#include <co.h>

static const char *region;

static void pick(void *arg) { region = arg; }

const char *region_for(const char *requested) {
    static co_once once;
    co_once_do(&once, pick, (void *)requested); // want "pick, run once by co_once_do on once, initialises from requested, a parameter of region_for"
    return region;
}
