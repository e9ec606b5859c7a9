/* A goroutine that is not counted by any group needs no Done. */
#include <co.h>

static co_waitgroup wg;

static void logger(void *arg) { (void)arg; }

static void worker(void *arg) { (void)arg; co_wg_done(&wg); }

static void run(void *arg) {
    (void)arg;
    co_go(logger, NULL);
    co_wg_add(&wg, 1);
    co_go(worker, NULL);
    co_wg_wait(&wg);
}

int main(void) { return co_main(run, NULL); }
