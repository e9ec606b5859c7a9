/* One overall deadline created before the loop: a single timer. */
#include <co.h>

int collect_until(co_chan *in, long *sum) {
    co_chan *deadline = co_after(CO_SECOND);
    int v;
    for (;;) {
        co_case cases[] = { CO_RECV(in, &v), CO_RECV(deadline, NULL) };
        if (co_select(cases, 2) == 1)
            return 1;
        if (!cases[0].ok)
            return 0;
        *sum += v;
    }
}
