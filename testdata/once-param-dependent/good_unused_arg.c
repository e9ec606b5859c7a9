/* The parameter is passed, but the function never reads it. */
#include <co.h>

static co_once once;
static int started;

static void start(void *arg) { (void)arg; started = 1; }

void ensure_started(void *ctx) {
    co_once_do(&once, start, ctx);
}
