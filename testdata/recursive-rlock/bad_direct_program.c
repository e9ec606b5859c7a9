// run: deadlock
/* A writer queues between the two read locks; the second read lock waits
 * for the writer, which waits for the first read lock. */
#include <co.h>

static co_rwmutex rw = CO_RWMUTEX_INIT;
static int config;

static void writer(void *arg) {
    (void)arg;
    co_rwmutex_lock(&rw);
    config++;
    co_rwmutex_unlock(&rw);
}

static void run(void *arg) {
    (void)arg;
    co_rwmutex_rlock(&rw);
    co_go(writer, NULL);
    co_sleep(20 * CO_MILLISECOND);
    co_rwmutex_rlock(&rw); // want "rw is read-locked again while this goroutine already holds a read lock"
    int v = config;
    co_rwmutex_runlock(&rw);
    co_rwmutex_runlock(&rw);
    (void)v;
}

int main(void) { return co_main(run, NULL); }
