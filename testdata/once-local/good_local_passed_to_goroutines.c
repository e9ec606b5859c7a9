/* A local Once deliberately shared by the goroutines of one call, which
 * all run before the call returns. */
#include <co.h>

struct round { co_once once; co_waitgroup wg; int hits; };

static void first(void *arg) { struct round *r = arg; r->hits++; }

static void member(void *arg) {
    struct round *r = arg;
    CO_DEFER_DONE(&r->wg);
    co_once_do(&r->once, first, r);
}

static void run(void *arg) {
    (void)arg;
    struct round r = { CO_ONCE_INIT, CO_WAITGROUP_INIT, 0 };
    for (int i = 0; i < 3; i++) {
        co_wg_add(&r.wg, 1);
        co_go(member, &r);
    }
    co_wg_wait(&r.wg);
}

int main(void) { return co_main(run, NULL); }
