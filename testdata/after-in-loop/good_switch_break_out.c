/* Every non-timeout case leaves the loop. */
#include <co.h>

int first_of(co_chan *a, co_chan *b, int *out) {
    int tries = 0;
    for (;;) {
        co_case cases[] = { CO_RECV(a, out), CO_RECV(b, out), CO_RECV(co_after(CO_MILLISECOND), NULL) };
        switch (co_select(cases, 3)) {
        case 0:
            return 0;
        case 1:
            return 1;
        case 2:
            if (++tries > 100)
                return -1;
            break;
        }
    }
}
