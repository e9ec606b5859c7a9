/* The goroutine calls a helper that does the Done. */
#include <co.h>

static co_waitgroup wg;

static void finished(void) { co_wg_done(&wg); }

static void work(void *arg) { (void)arg; finished(); }

static void run(void *arg) {
    (void)arg;
    co_wg_add(&wg, 1);
    co_go(work, NULL);
    co_wg_wait(&wg);
}

int main(void) { return co_main(run, NULL); }
