/* Every call of the helper creates a ticker nobody can stop. */
#include <co.h>

void wait_next_slot(void) {
    co_chan_recv(co_tick(CO_MILLISECOND), NULL); // want "co_tick in wait_next_slot .*never be stopped"
}

void send_throttled(co_chan *out, int n) {
    for (int i = 0; i < n; i++) {
        wait_next_slot();
        co_chan_send(out, &i);
    }
}
