/* A group nobody waits on while the goroutine runs: a counter of live
 * sessions, read later, not a race with Wait. */
#include <co.h>

static co_waitgroup sessions;

static void session(void *arg) {
    (void)arg;
    co_wg_add(&sessions, 1);
    co_wg_done(&sessions);
}

void accept_one(void) { co_go(session, NULL); }
