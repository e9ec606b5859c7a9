/* leak_goroutine_ops.c: four goroutines leak, each blocked in a different
 * operation; each is reported exactly once with its operation.
 * expect-exit: 1
 * expect-leaks: 4
 * expect: ^co: leak: goroutine \d+ blocked in chan send at {FILE}:{@SEND} \(spawned at {FILE}:{@GO_SEND}\)$
 * expect: ^co: leak: goroutine \d+ blocked in select at {FILE}:{@SELECT} \(spawned at {FILE}:{@GO_SELECT}\)$
 * expect: ^co: leak: goroutine \d+ blocked in sync\.Mutex\.Lock at {FILE}:{@LOCK} \(spawned at {FILE}:{@GO_LOCK}\)$
 * expect: ^co: leak: goroutine \d+ blocked in sync\.WaitGroup\.Wait at {FILE}:{@WAIT} \(spawned at {FILE}:{@GO_WAIT}\)$
 */
#include <co.h>
#include <stdio.h>

static co_chan *ch, *ch2; /* nobody receives on ch, nobody sends on ch2 */
static co_mutex mu = CO_MUTEX_INIT;
static co_waitgroup wg = CO_WAITGROUP_INIT;

static void sender(void *arg) {
    (void)arg;
    int v = 1;
    co_chan_send(ch, &v); /* @SEND */
    puts("sent");
}

static void selector(void *arg) {
    (void)arg;
    int v;
    co_case cs[2] = {CO_RECV(ch2, &v), CO_RECV(NULL, NULL)};
    int k = co_select(cs, 2); /* @SELECT */
    printf("%d\n", k);
}

static void locker(void *arg) {
    (void)arg;
    co_mutex_lock(&mu); /* @LOCK */
    puts("locked");
}

static void wg_waiter(void *arg) {
    (void)arg;
    co_wg_wait(&wg); /* @WAIT */
    puts("waited");
}

static void run(void *arg) {
    (void)arg;
    ch = co_chan_make(sizeof(int), 0);
    ch2 = co_chan_make(sizeof(int), 0);
    co_mutex_lock(&mu);
    co_wg_add(&wg, 1);
    co_go(sender, NULL);    /* @GO_SEND */
    co_go(selector, NULL);  /* @GO_SELECT */
    co_go(locker, NULL);    /* @GO_LOCK */
    co_go(wg_waiter, NULL); /* @GO_WAIT */
    co_sleep(5 * CO_MILLISECOND);
}

int main(void) { return co_main(run, NULL); }
