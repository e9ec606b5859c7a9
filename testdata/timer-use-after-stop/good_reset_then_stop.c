/* Reset re-arms a live timer; the one stop comes last. */
#include <co.h>

static void main_fn(void *arg) {
    (void)arg;
    co_timer *t = co_timer_new(CO_SECOND);
    co_timer_reset(t, CO_MILLISECOND);
    co_chan_recv(co_timer_chan(t), NULL);
    co_timer_reset(t, CO_MILLISECOND);
    co_chan_recv(co_timer_chan(t), NULL);
    co_timer_stop(t);
}

int main(void) { return co_main(main_fn, NULL); }
