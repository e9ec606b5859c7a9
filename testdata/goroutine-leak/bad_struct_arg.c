// run: leak
/* The reply channel travels inside a request struct; the caller gives up
 * when its timer fires and the handler's reply blocks forever. */
#include <co.h>
#include <stdlib.h>

struct request {
    int id;
    co_chan *reply;
};

static void handle(void *arg) {
    struct request *req = arg;
    co_sleep(30 * CO_MILLISECOND);
    int status = 200;
    co_chan_send(req->reply, &status);
}

static void run(void *arg) {
    (void)arg;
    struct request *req = malloc(sizeof *req);
    req->id = 1;
    req->reply = co_chan_make(sizeof(int), 0);
    co_go(handle, req); // want "goroutine handle can block forever sending on req->reply"
    co_timer *t = co_timer_new(1 * CO_MILLISECOND);
    int status = 0;
    co_case cases[2] = {
        CO_RECV(req->reply, &status),
        CO_RECV(co_timer_chan(t), NULL),
    };
    int which = co_select(cases, 2);
    co_timer_stop(t);
    if (which == 1)
        return; /* gave up: handle still wants to reply */
    free(req);
}

int main(void) { return co_main(run, NULL); }
