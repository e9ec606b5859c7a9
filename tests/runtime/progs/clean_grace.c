/* clean_grace.c: a goroutine still sleeping when main returns, finishing
 * within the leak check's grace period (CO_LEAKCHECK_GRACE_MS, 100 ms by
 * default): not a leak. Neither is a co_after timer still pending (the
 * timeout idiom, where the other case won) or a co_tick ticker: neither can
 * be stopped, so neither is reported.
 * expect-exit: 0
 * expect-leaks: 0
 * expect-stderr-empty
 */
#include <co.h>

static void late(void *arg) {
    (void)arg;
    co_sleep(20 * CO_MILLISECOND);
}

static void run(void *arg) {
    (void)arg;
    co_go(late, NULL);
    co_chan *ready = co_chan_make(sizeof(int), 1);
    int v = 1;
    co_chan_send(ready, &v);
    co_case cs[2] = {CO_RECV(ready, &v), CO_RECV(co_after(10 * CO_SECOND), NULL)};
    if (co_select(cs, 2) != 0) v = 0;
    co_chan_recv(co_tick(CO_MILLISECOND), NULL);
    co_chan_free(ready);
}

int main(void) { return co_main(run, NULL); }
