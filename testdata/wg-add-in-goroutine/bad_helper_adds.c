/* A helper called by the goroutine does the Add. */
#include <co.h>

static co_waitgroup group;

static void enter(co_waitgroup *wg) { co_wg_add(wg, 1); }

static void task(void *arg) {
    (void)arg;
    enter(&group); // want "co_wg_add on group runs inside the goroutine it counts"
    CO_DEFER_DONE(&group);
}

void launch(void) {
    co_go(task, NULL);
    co_wg_wait(&group);
}
