/* Seed pattern: polling a flag with a ticker until it is ready
 * (Go: for range time.Tick(d) { if ready() { return } }). */
#include <co.h>

static int ready_flag;

static int ready(void) { return __atomic_load_n(&ready_flag, __ATOMIC_ACQUIRE); }

void wait_ready(void) {
    co_chan *tick = co_tick(5 * CO_MILLISECOND); // want "co_tick in wait_ready .*never be stopped"
    while (co_chan_recv(tick, NULL)) {
        if (ready())
            return;
    }
}
