/* Two separate Adds of 1 for two spawns. */
#include <co.h>

static co_waitgroup wg;

static void a(void *arg) { (void)arg; co_wg_done(&wg); }
static void b(void *arg) { (void)arg; co_wg_done(&wg); }

static void run(void *arg) {
    (void)arg;
    co_wg_add(&wg, 1);
    co_go(a, NULL);
    co_wg_add(&wg, 1);
    co_go(b, NULL);
    co_wg_wait(&wg);
}

int main(void) { return co_main(run, NULL); }
