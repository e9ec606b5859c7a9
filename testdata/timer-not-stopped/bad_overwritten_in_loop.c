/* Each retry creates a new timer; when one fires the loop goes round and
 * the pointer is overwritten without stopping the old timer. */
#include <co.h>

void retry(co_chan *ch, int attempts) {
    co_timer *t = NULL;
    for (int i = 0; i < attempts; i++) {
        t = co_timer_new(10 * CO_MILLISECOND); // want "timer t .*(overwritten|never stopped)"
        co_case cases[] = { CO_RECV(ch, NULL), CO_RECV(co_timer_chan(t), NULL) };
        if (co_select(cases, 2) == 0) {
            co_timer_stop(t);
            return;
        }
    }
}
