/* leak_goroutine.c: one goroutine stays blocked in a receive after main
 * returns; the leak check reports it once, with both positions.
 * expect-exit: 1
 * expect-leaks: 1
 * expect: ^co: leak: goroutine \d+ blocked in chan receive at {FILE}:{@BLOCK} \(spawned at {FILE}:{@SPAWN}\)$
 */
#include <co.h>
#include <stdio.h>

static void waiter(void *arg) {
    int v = 0;
    if (co_chan_recv(arg, &v)) /* @BLOCK */
        printf("got %d\n", v);
}

static void run(void *arg) {
    (void)arg;
    co_chan *ch = co_chan_make(sizeof(int), 0);
    co_go(waiter, ch); /* @SPAWN */
    co_sleep(CO_MILLISECOND);
}

int main(void) { return co_main(run, NULL); }
