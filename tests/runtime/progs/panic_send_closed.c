/* panic_send_closed.c: send on a closed channel panics with Go's message
 * and the sender's position, then aborts.
 * expect-signal: SIGABRT
 * expect: ^panic: send on closed channel
 * expect: {FILE}:{@PANIC}\b
 */
#include <co.h>
#include <stdio.h>

static void run(void *arg) {
    (void)arg;
    co_chan *ch = co_chan_make(sizeof(int), 4);
    co_chan_close(ch);
    int v = 1;
    co_chan_send(ch, &v); /* @PANIC */
    puts("unreachable");
}

int main(void) { return co_main(run, NULL); }
