/* The group travels in a struct; Add happens before co_go. */
#include <co.h>
#include <stdlib.h>

struct job { co_waitgroup *wg; int id; };

static void work(void *arg) {
    struct job *j = arg;
    CO_DEFER_DONE(j->wg);
    free(j);
}

static void run(void *arg) {
    (void)arg;
    co_waitgroup wg = CO_WAITGROUP_INIT;
    for (int i = 0; i < 3; i++) {
        struct job *j = malloc(sizeof *j);
        j->wg = &wg;
        j->id = i;
        co_wg_add(&wg, 1);
        co_go(work, j);
    }
    co_wg_wait(&wg);
}

int main(void) { return co_main(run, NULL); }
