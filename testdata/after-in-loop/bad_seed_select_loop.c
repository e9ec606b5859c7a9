/* Seed pattern: for { select { case v := <-ch: ...; case <-time.After(3s): ... } }.
 * Every message that wins leaves a pending 3 s timer behind. */
#include <co.h>

void consume(co_chan *ch) {
    int v;
    for (;;) {
        co_case cases[] = { CO_RECV(ch, &v), CO_RECV(co_after(3 * CO_SECOND), NULL) }; // want "co_after in a loop"
        switch (co_select(cases, 2)) {
        case 0:
            if (!cases[0].ok)
                return;
            break;
        case 1:
            /* log: channel hung */
            break;
        }
    }
}
