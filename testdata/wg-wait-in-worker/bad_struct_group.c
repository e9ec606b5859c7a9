/* Through co_go's argument. */
#include <co.h>

struct pool { co_waitgroup wg; int active; };

static void member(void *arg) {
    struct pool *p = arg;
    CO_DEFER_DONE(&p->wg);
    p->active++;
    co_wg_wait(&p->wg); // want "member waits on p->wg, which counts member itself"
}

void start_pool(struct pool *p) {
    co_wg_add(&p->wg, 1);
    co_go(member, p);
    co_wg_wait(&p->wg);
}
