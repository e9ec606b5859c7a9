// run: leak
/* The error path returns before the timer is stopped. */
#include <co.h>

static int wait_or_fail(co_chan *ch, int fail) {
    co_timer *t = co_timer_new(CO_SECOND); // want "timer t .*never stopped.*return at line 8"
    if (fail)
        return -1;
    co_case cases[] = { CO_RECV(ch, NULL), CO_RECV(co_timer_chan(t), NULL) };
    int i = co_select(cases, 2);
    co_timer_stop(t);
    return i;
}

static void main_fn(void *arg) {
    (void)arg;
    co_chan *ch = co_chan_make(sizeof(int), 1);
    wait_or_fail(ch, 1);
    co_chan_free(ch);
}

int main(void) { return co_main(main_fn, NULL); }
