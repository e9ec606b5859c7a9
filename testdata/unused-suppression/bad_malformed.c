/* Malformed suppressions are reported (the rules they name did not run in
 * the harness, so "suppresses nothing" is not claimed for them). */
#include <co.h>

static co_mutex mu = CO_MUTEX_INIT;
static int hits;

void touch(void) {
    // cvet:ignore empty-critical-section // want "cvet:ignore of 'empty-critical-section' gives no reason"
    co_mutex_lock(&mu);
    hits++;
    co_mutex_unlock(&mu);
}

// cvet:ignore doubel-lock it is fine // want "unknown rule 'doubel-lock'"
int misspelt;

/* cvet:ignore */ int nothing_named; // want "names no rule"

// cvet:ignore-file empty-critical-section generated code, reviewed
