/* The recommended form: one co_timer, re-armed with co_timer_reset. */
#include <co.h>

static int forward(co_chan *in, co_chan *out) {
    co_timer *idle = co_timer_new(CO_SECOND);
    CO_DEFER_TIMER_STOP(idle);
    int v;
    while (1) {
        co_case cases[] = { CO_RECV(in, &v), CO_RECV(co_timer_chan(idle), NULL) };
        if (co_select(cases, 2) == 1)
            return -1;
        if (!cases[0].ok)
            return 0;
        co_chan_send(out, &v);
        co_timer_reset(idle, CO_SECOND);
    }
}

static void main_fn(void *arg) {
    (void)arg;
    co_chan *in = co_chan_make(sizeof(int), 4), *out = co_chan_make(sizeof(int), 4);
    int v = 7;
    co_chan_send(in, &v);
    co_chan_close(in);
    forward(in, out);
    co_chan_free(in);
    co_chan_free(out);
}

int main(void) { return co_main(main_fn, NULL); }
