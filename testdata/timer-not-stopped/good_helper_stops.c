/* The helper that receives the timer stops it on every path. */
#include <co.h>

static int finish(co_timer *t, int ok) {
    if (!co_timer_stop(t))
        return ok ? 1 : 2;
    return 0;
}

int wait_with_timeout(co_chan *ch, int *out) {
    co_timer *t = co_timer_new(100 * CO_MILLISECOND);
    co_case cases[] = { CO_RECV(ch, out), CO_RECV(co_timer_chan(t), NULL) };
    int i = co_select(cases, 2);
    return finish(t, i == 0);
}
