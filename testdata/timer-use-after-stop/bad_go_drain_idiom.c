/* Go's drain idiom `if !t.Stop() { <-t.C }` is a use after free here:
 * co_timer_stop frees the timer, so co_timer_chan(t) reads freed memory. */
#include <co.h>

void restart(co_timer *t, co_duration d) {
    if (!co_timer_stop(t))
        co_chan_recv(co_timer_chan(t), NULL); // want "co_timer_chan of t after it was stopped .*line 6"
    (void)d;
}
