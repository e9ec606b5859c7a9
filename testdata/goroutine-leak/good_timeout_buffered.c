/* Select with a timeout, but the reply channel has room for the one late
 * answer: the worker never blocks. */
#include <co.h>

static void slow_call(void *arg) {
    co_chan *reply = arg;
    co_sleep(5 * CO_MILLISECOND);
    int answer = 7;
    co_chan_send(reply, &answer);
}

static void run(void *arg) {
    (void)arg;
    co_chan *reply = co_chan_make(sizeof(int), 1);
    co_go(slow_call, reply);
    int answer = 0;
    co_case cases[2] = {
        CO_RECV(reply, &answer),
        CO_RECV(co_after(1 * CO_MILLISECOND), NULL),
    };
    switch (co_select(cases, 2)) {
    case 0:
        break;
    case 1:
        return;
    }
}

int main(void) { return co_main(run, NULL); }
