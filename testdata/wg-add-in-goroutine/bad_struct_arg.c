/* The WaitGroup reaches the goroutine through co_go's argument. */
#include <co.h>

struct batch { co_waitgroup wg; int done; };

static void work(void *arg) {
    struct batch *b = arg;
    co_wg_add(&b->wg, 1); // want "co_wg_add on b->wg runs inside the goroutine it counts"
    b->done++;
    co_wg_done(&b->wg);
}

void run_batch(struct batch *b) {
    co_go(work, b);
    co_go(work, b);
    co_wg_wait(&b->wg);
}
