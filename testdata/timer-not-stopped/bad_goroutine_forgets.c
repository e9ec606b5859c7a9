// run: leak
/* The timer is handed to a goroutine that waits for it but never stops
 * (frees) it, and the spawner does not stop it either. */
#include <co.h>

static co_waitgroup wg = CO_WAITGROUP_INIT;

static void alarm(void *arg) {
    co_timer *t = arg;
    co_chan_recv(co_timer_chan(t), NULL);
    co_wg_done(&wg);
}

static void main_fn(void *arg) {
    (void)arg;
    co_timer *t = co_timer_new(2 * CO_MILLISECOND); // want "timer t .*handed to goroutine alarm"
    co_wg_add(&wg, 1);
    co_go(alarm, t);
    co_wg_wait(&wg);
}

int main(void) { return co_main(main_fn, NULL); }
