/* Waiting on a condition of mu_q while holding mu_cfg; the signaller needs
 * mu_cfg first. */
#include <co.h>

static co_mutex mu_cfg = CO_MUTEX_INIT;
static co_mutex mu_q = CO_MUTEX_INIT;
static co_cond q_ready = CO_COND_INIT;
static int cfg, qlen;

static void consumer(void *arg) {
    (void)arg;
    co_mutex_lock(&mu_cfg);
    co_mutex_lock(&mu_q);
    while (qlen == 0)
        co_cond_wait(&q_ready, &mu_q); // want "co_cond_wait on q_ready while holding mu_cfg, but producer\(\) needs mu_cfg before it calls co_cond_signal"
    qlen--;
    co_mutex_unlock(&mu_q);
    co_mutex_unlock(&mu_cfg);
}

static void producer(void *arg) {
    (void)arg;
    co_mutex_lock(&mu_cfg);
    cfg++;
    co_mutex_unlock(&mu_cfg);
    co_mutex_lock(&mu_q);
    qlen++;
    co_cond_signal(&q_ready);
    co_mutex_unlock(&mu_q);
}

void start(void) {
    co_go(consumer, NULL);
    co_go(producer, NULL);
}
