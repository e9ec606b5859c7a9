/* A string literal argument. */
#include <co.h>

static co_once once;
static const char *mode;

static void set_mode(void *arg) { mode = arg; }

const char *get_mode(int verbose) {
    (void)verbose;
    co_once_do(&once, set_mode, (void *)"production");
    return mode;
}
