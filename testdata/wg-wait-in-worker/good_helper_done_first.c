/* A helper does the Done before the Wait. */
#include <co.h>

static co_waitgroup round_wg;

static void arrive(void) { co_wg_done(&round_wg); }

static void player(void *arg) {
    (void)arg;
    arrive();
    co_wg_wait(&round_wg);
}

static void run(void *arg) {
    (void)arg;
    co_wg_add(&round_wg, 2);
    co_go(player, NULL);
    co_go(player, NULL);
    co_wg_wait(&round_wg);
}

int main(void) { return co_main(run, NULL); }
