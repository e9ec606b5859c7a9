/* A second batch is added after the waiter was started. */
#include <co.h>

static co_waitgroup batch;

static void item(void *arg) { (void)arg; CO_DEFER_DONE(&batch); }

static void reporter(void *arg) { (void)arg; co_wg_wait(&batch); }

void process(void) {
    co_wg_add(&batch, 2);
    co_go(item, NULL);
    co_go(item, NULL);
    co_go(reporter, NULL);
    co_wg_add(&batch, 1); // want "co_wg_add on batch can run while co_wg_wait on batch in reporter"
    co_go(item, NULL);
}
