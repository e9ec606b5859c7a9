/* Well-formed suppressions of rules that did not run: nothing to report.
 * Ordinary comments that mention cvet are not suppressions. */
#include <co.h>

static co_mutex mu = CO_MUTEX_INIT;
static int hits;

void touch(void) {
    // cvet:ignore empty-critical-section the caller never holds mu here
    co_mutex_lock(&mu);
    hits++;
    co_mutex_unlock(&mu);
}

const char *doc = "// cvet:ignore in a string is not a comment";
// see cvet:ignore in the manual; this comment is not one
