/* A do/while heartbeat check with a fresh co_after each round. */
#include <co.h>

int monitor(co_chan *beats) {
    int missed = 0;
    do {
        co_case cases[] = { CO_RECV(beats, NULL), CO_RECV(co_after(200 * CO_MILLISECOND), NULL) }; // want "co_after in a loop"
        if (co_select(cases, 2) == 1)
            missed++;
        else
            missed = 0;
    } while (missed < 3);
    return missed;
}
