// run: leak
/* A call with a timeout, as in Go's `select { case r := <-ch: case
 * <-time.After(d): }`: when the timeout wins, the worker's send on the
 * unbuffered channel never finds a receiver. */
#include <co.h>

static void slow_call(void *arg) {
    co_chan *reply = arg;
    co_sleep(30 * CO_MILLISECOND);
    int answer = 7;
    co_chan_send(reply, &answer);
}

static void run(void *arg) {
    (void)arg;
    co_chan *reply = co_chan_make(sizeof(int), 0);
    co_go(slow_call, reply); // want "goroutine slow_call can block forever sending on reply"
    int answer = 0;
    co_case cases[2] = {
        CO_RECV(reply, &answer),
        CO_RECV(co_after(1 * CO_MILLISECOND), NULL),
    };
    switch (co_select(cases, 2)) {
    case 0:
        break;
    case 1:
        return; /* timed out: slow_call is left behind */
    }
}

int main(void) { return co_main(run, NULL); }
