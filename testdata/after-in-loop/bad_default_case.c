/* The timeout case counts and continues; the message case continues too. */
#include <co.h>

void collect(co_chan *in, long *sum, int *timeouts, int rounds) {
    int v;
    for (int r = 0; r < rounds; r++) {
        co_case cases[] = { CO_RECV(co_after(50 * CO_MILLISECOND), NULL), CO_RECV(in, &v) }; // want "co_after in a loop"
        switch (co_select(cases, 2)) {
        case 0:
            (*timeouts)++;
            break;
        default:
            *sum += v;
            break;
        }
    }
}
