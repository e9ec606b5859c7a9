/* CO_DEFER_TIMER_STOP stops the timer on every way out of the scope,
 * including the early return. */
#include <co.h>

static int wait_or_fail(co_chan *ch, int fail) {
    co_timer *t = co_timer_new(CO_SECOND);
    CO_DEFER_TIMER_STOP(t);
    if (fail)
        return -1;
    co_case cases[] = { CO_RECV(ch, NULL), CO_RECV(co_timer_chan(t), NULL) };
    return co_select(cases, 2);
}

static void main_fn(void *arg) {
    (void)arg;
    co_chan *ch = co_chan_make(sizeof(int), 1);
    int v = 1;
    co_chan_send(ch, &v);
    wait_or_fail(ch, 1);
    wait_or_fail(ch, 0);
    co_chan_free(ch);
}

int main(void) { return co_main(main_fn, NULL); }
