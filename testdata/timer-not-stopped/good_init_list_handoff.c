/* The timer goes into a struct through an initializer list, and the struct
 * goes to the goroutine that stops it. */
#include <co.h>

struct watchdog {
    co_timer *t;
    co_chan *kick;
};

static void watch(void *arg) {
    struct watchdog *w = arg;
    co_case cases[] = { CO_RECV(w->kick, NULL), CO_RECV(co_timer_chan(w->t), NULL) };
    co_select(cases, 2);
    co_timer_stop(w->t);
}

void start_watchdog(co_chan *kick, struct watchdog *slot) {
    co_timer *t = co_timer_new(CO_SECOND);
    struct watchdog w = { t, kick };
    *slot = w;
    co_go(watch, slot);
}
