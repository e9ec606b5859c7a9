/* The other fix: the child selects on a done channel the parent closes when
 * it stops listening (a defer guard does the close on every path). */
#include <co.h>

struct call {
    co_chan *reply;
    co_chan *done;
};

static void slow_call(void *arg) {
    struct call *c = arg;
    co_sleep(5 * CO_MILLISECOND);
    int answer = 7;
    co_case cases[2] = {
        CO_SEND(c->reply, &answer),
        CO_RECV(c->done, NULL),
    };
    co_select(cases, 2);
}

static struct call the_call;

static void run(void *arg) {
    (void)arg;
    the_call.reply = co_chan_make(sizeof(int), 0);
    the_call.done = co_chan_make(0, 0);
    CO_DEFER_CLOSE(the_call.done);
    co_go(slow_call, &the_call);
    int answer = 0;
    co_case cases[2] = {
        CO_RECV(the_call.reply, &answer),
        CO_RECV(co_after(1 * CO_MILLISECOND), NULL),
    };
    if (co_select(cases, 2) == 1)
        return; /* timed out; the guard closes done and slow_call returns */
}

int main(void) { return co_main(run, NULL); }
