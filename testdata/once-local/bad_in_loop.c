/* A Once declared inside a loop body: one per iteration. */
#include <co.h>

static void warm_up(void *arg) { (void)arg; }

void serve(int n) {
    for (int i = 0; i < n; i++) {
        co_once warm = CO_ONCE_INIT; // want "co_once warm has automatic storage"
        co_once_do(&warm, warm_up, NULL);
    }
}
