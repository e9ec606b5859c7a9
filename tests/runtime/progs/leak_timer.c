/* leak_timer.c: a timer that is never stopped (it even fired and was read).
 * expect-exit: 1
 * expect-leaks: 1
 * expect: ^co: leak: timer created at {FILE}:{@TIMER} never stopped$
 */
#include <co.h>

static void run(void *arg) {
    (void)arg;
    co_timer *t = co_timer_new(CO_MILLISECOND); /* @TIMER */
    co_chan_recv(co_timer_chan(t), NULL);
    co_timer *ok = co_timer_new(CO_SECOND);
    co_timer_stop(ok);
}

int main(void) { return co_main(run, NULL); }
