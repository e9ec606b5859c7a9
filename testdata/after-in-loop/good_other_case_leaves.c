/* The loop only goes round when the timer fired; when the message wins
 * the function returns, leaving at most one pending timer. */
#include <co.h>

int wait_first(co_chan *ch, int *out, int max_ticks) {
    for (int n = 0; n < max_ticks; n++) {
        co_case cases[] = { CO_RECV(ch, out), CO_RECV(co_after(10 * CO_MILLISECOND), NULL) };
        if (co_select(cases, 2) == 0)
            return n;
        /* timer fired: report progress and wait again */
    }
    return -1;
}
