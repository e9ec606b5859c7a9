/* A one-shot wait uses co_after, which is reclaimed; no co_tick at all. */
#include <co.h>

int wait_or_timeout(co_chan *ch, int *out) {
    co_case cases[] = { CO_RECV(ch, out), CO_RECV(co_after(CO_SECOND), NULL) };
    return co_select(cases, 2);
}
