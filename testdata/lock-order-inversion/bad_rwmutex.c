/* A read lock in one order and a write lock in the other still deadlock:
 * the writer waits for the reader. */
#include <co.h>

static co_rwmutex table_rw = CO_RWMUTEX_INIT;
static co_mutex stats_mu = CO_MUTEX_INIT;
static int table[8], lookups;

static void reader(void *arg) {
    (void)arg;
    co_rwmutex_rlock(&table_rw);
    co_mutex_lock(&stats_mu); // want "stats_mu is locked while holding table_rw"
    lookups += table[0];
    co_mutex_unlock(&stats_mu);
    co_rwmutex_runlock(&table_rw);
}

static void resetter(void *arg) {
    (void)arg;
    co_mutex_lock(&stats_mu);
    co_rwmutex_lock(&table_rw);
    table[0] = 0;
    lookups = 0;
    co_rwmutex_unlock(&table_rw);
    co_mutex_unlock(&stats_mu);
}

void start(void) {
    co_go(reader, NULL);
    co_go(resetter, NULL);
}
