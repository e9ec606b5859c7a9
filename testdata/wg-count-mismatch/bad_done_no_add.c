// run: panic
/* Done with no Add anywhere: the counter goes negative. */
#include <co.h>

static co_waitgroup wg;

static void worker(void *arg) { (void)arg; co_wg_done(&wg); }

static void run(void *arg) {
    (void)arg;
    co_go(worker, NULL); // want "worker calls co_wg_done on wg, but nothing calls co_wg_add on it"
    co_sleep(10 * CO_MILLISECOND);
    co_wg_wait(&wg);
}

int main(void) { return co_main(run, NULL); }
