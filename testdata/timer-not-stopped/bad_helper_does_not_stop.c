// run: leak
/* The helper only waits on the timer's channel; nobody stops (frees) it. */
#include <co.h>

static void wait_fired(co_timer *t) {
    co_chan_recv(co_timer_chan(t), NULL);
}

static void pause_briefly(void) {
    co_timer *t = co_timer_new(CO_MILLISECOND); // want "timer t .*never stopped"
    wait_fired(t);
}

static void main_fn(void *arg) {
    (void)arg;
    pause_briefly();
}

int main(void) { return co_main(main_fn, NULL); }
