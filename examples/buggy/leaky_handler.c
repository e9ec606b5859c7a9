/* A request handler that gives up after a timeout. The worker it spawned
 * sends its result on an unbuffered channel nobody reads any more: the
 * worker blocks forever (run with CO_LEAKCHECK=1 to see it). */
#include <co.h>
#include <stdio.h>

static void slow_lookup(void *arg) {
    co_chan *result = arg;
    co_sleep(50 * CO_MILLISECOND);          /* a slow backend */
    int answer = 42;
    co_chan_send(result, &answer);          /* blocks forever once the handler timed out */
}

static int handle(void) {
    co_chan *result = co_chan_make(sizeof(int), 0);
    co_go(slow_lookup, result);
    int answer = -1;
    co_case cases[2] = { CO_RECV(result, &answer), CO_RECV(co_after(10 * CO_MILLISECOND), NULL) };
    if (co_select(cases, 2) == 1) {
        printf("timeout\n");
        return -1;
    }
    co_chan_free(result);
    return answer;
}

static void run(void *arg) {
    (void)arg;
    printf("answer: %d\n", handle());
}

int main(void) { return co_main(run, NULL); }
