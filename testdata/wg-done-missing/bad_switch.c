/* One switch arm forgets the Done. */
#include <co.h>

static co_waitgroup wg;

static void handle(void *arg) {
    int kind = *(int *)arg;
    switch (kind) {
    case 0:
        co_wg_done(&wg);
        break;
    case 1:
        co_wg_done(&wg);
        break;
    default:
        return; // want "handle can return without co_wg_done on wg"
    }
}

void dispatch(int *kinds, int n) {
    for (int i = 0; i < n; i++) {
        co_wg_add(&wg, 1);
        co_go(handle, &kinds[i]);
    }
    co_wg_wait(&wg);
}
