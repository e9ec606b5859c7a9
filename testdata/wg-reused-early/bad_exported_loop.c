/* An exported function that can be called again while its previous call's
 * waiter still waits. */
#include <co.h>

static co_waitgroup wg;

static void unit(void *arg) { (void)arg; CO_DEFER_DONE(&wg); }

static void joiner(void *arg) { (void)arg; co_wg_wait(&wg); }

void submit(void) {
    co_go(joiner, NULL);
    co_wg_add(&wg, 1); // want "co_wg_add on wg can run while co_wg_wait on wg in joiner"
    co_go(unit, NULL);
}
