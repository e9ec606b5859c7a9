/* norace.c: the same accesses ordered by a mutex, a channel hand-off, a
 * WaitGroup and spawn: TSan must stay silent.
 * tsan: norace
 */
#include <co.h>
#include <stdio.h>

static co_waitgroup wg = CO_WAITGROUP_INIT;
static co_mutex mu = CO_MUTEX_INIT;
static long by_mutex;   /* guarded by mu */
static long by_chan;    /* owned by whoever holds the token */
static long by_spawn;   /* written before spawn, read in the goroutine */
static int slots[2];     /* slot i written only by worker i, read after Wait */
static co_chan *token;   /* the right to touch by_chan */

static void worker(void *arg) {
    int me = (int)(intptr_t)arg;
    CO_DEFER_DONE(&wg);
    long seen = by_spawn;
    for (int i = 0; i < 100; i++) {
        co_mutex_lock(&mu);
        by_mutex++;
        co_mutex_unlock(&mu);
        int t;
        co_chan_recv(token, &t);
        by_chan += seen;
        co_chan_send(token, &t);
        co_yield();
    }
    slots[me] = 1;
}

static void run(void *arg) {
    (void)arg;
    token = co_chan_make(sizeof(int), 1);
    int t = 0;
    co_chan_send(token, &t);
    by_spawn = 1;
    co_wg_add(&wg, 2);
    co_go(worker, (void *)0);
    co_go(worker, (void *)1);
    co_wg_wait(&wg);
    printf("%ld %ld %d\n", by_mutex, by_chan, slots[0] + slots[1]);
    co_chan_free(token);
}

int main(void) { return co_main(run, NULL); }
