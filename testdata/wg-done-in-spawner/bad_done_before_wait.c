// run: leak
/* Done right after the spawn: Wait returns at once while the work still runs. */
#include <co.h>

static co_waitgroup wg;
static co_chan *never;

static void work(void *arg) {
    (void)arg;
    co_chan_recv(never, NULL);   /* still blocked when run() returns */
}

static void run(void *arg) {
    (void)arg;
    never = co_chan_make(sizeof(int), 0);
    co_wg_add(&wg, 1);
    co_go(work, NULL);
    co_wg_done(&wg); // want "co_wg_done on wg runs in run, the spawner, not in the goroutine work"
    co_wg_wait(&wg);
}

int main(void) { return co_main(run, NULL); }
