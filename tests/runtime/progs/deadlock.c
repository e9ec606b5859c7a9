/* deadlock.c: main waits for a value that a goroutine blocked on a mutex
 * will never send: Go's fatal error, a dump naming both goroutines, exit 2.
 * expect-exit: 2
 * expect: ^fatal error: all goroutines are asleep - deadlock!$
 * expect: {FILE}:{@MAIN_BLOCK}\b
 * expect: {FILE}:{@HELPER_BLOCK}\b
 * expect: {FILE}:{@SPAWN}\b
 * expect: chan receive
 * expect: sync\.Mutex\.Lock
 */
#include <co.h>
#include <stdio.h>

static co_mutex mu = CO_MUTEX_INIT;

static void helper(void *arg) {
    co_mutex_lock(&mu); /* @HELPER_BLOCK */
    int v = 1;
    co_chan_send(arg, &v);
    co_mutex_unlock(&mu);
}

static void run(void *arg) {
    (void)arg;
    co_chan *ch = co_chan_make(sizeof(int), 0);
    co_mutex_lock(&mu);
    co_go(helper, ch); /* @SPAWN */
    int v = 0;
    co_chan_recv(ch, &v); /* @MAIN_BLOCK */
    printf("%d\n", v);
    co_mutex_unlock(&mu);
}

int main(void) { return co_main(run, NULL); }
