// run: panic
/* Go's drain idiom on a timer that already fired: co_timer_stop frees it,
 * so co_timer_chan(t) touches a stopped timer and the runtime panics. */
#include <co.h>

static void main_fn(void *arg) {
    (void)arg;
    co_timer *t = co_timer_new(CO_MILLISECOND);
    co_sleep(5 * CO_MILLISECOND); /* the timer fires; its value waits in the channel */
    if (!co_timer_stop(t))
        co_chan_recv(co_timer_chan(t), NULL); // want "co_timer_chan of t after it was stopped"
}

int main(void) { return co_main(main_fn, NULL); }
