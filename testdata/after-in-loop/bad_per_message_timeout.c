/* A per-message idle timeout: the idle case leaves, the message case loops. */
#include <co.h>

int forward(co_chan *in, co_chan *out) {
    int v;
    while (1) {
        co_case cases[] = { CO_RECV(in, &v), CO_RECV(co_after(CO_SECOND), NULL) }; // want "co_after in a loop .*co_timer_reset"
        if (co_select(cases, 2) == 1)
            return -1;
        co_chan_send(out, &v);
    }
}
