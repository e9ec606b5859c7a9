/* The Add happens in an exported function that callers outside this file
 * use before launch(): the Done has an Add to pair with. */
#include <co.h>

co_waitgroup shared_wg;

static void worker(void *arg) { (void)arg; co_wg_done(&shared_wg); }

void register_one(void) { co_wg_add(&shared_wg, 1); }

void launch(void) { co_go(worker, NULL); }
