// run: deadlock
/* On the error path the function reports the error on its own unbuffered
 * channel before any reader has been started. */
#include <co.h>
#include <stdlib.h>

static void reader(void *arg) {
    co_chan *errs = arg;
    int e;
    co_chan_recv(errs, &e);
}

static void run(void *arg) {
    (void)arg;
    co_chan *errs = co_chan_make(sizeof(int), 0);
    if (getenv("CVET_NEVER_SET_THIS") == NULL) {
        int e = -1;
        co_chan_send(errs, &e); // want "send on errs blocks forever"
    }
    co_go(reader, errs);
    int ok = 0;
    co_chan_send(errs, &ok);
}

int main(void) { return co_main(run, NULL); }
