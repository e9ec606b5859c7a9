/* The second lock of one order is taken inside a helper. */
#include <co.h>

static co_mutex accounts_mu = CO_MUTEX_INIT;
static co_mutex audit_mu = CO_MUTEX_INIT;
static int balance, audit_len;

static void audit_append(void) {
    co_mutex_lock(&audit_mu);
    audit_len++;
    co_mutex_unlock(&audit_mu);
}

static void depositor(void *arg) {
    (void)arg;
    co_mutex_lock(&accounts_mu);
    balance++;
    audit_append(); // want "audit_mu is locked while holding accounts_mu, but auditor\(\) locks accounts_mu while holding audit_mu"
    co_mutex_unlock(&accounts_mu);
}

static void auditor(void *arg) {
    (void)arg;
    co_mutex_lock(&audit_mu);
    co_mutex_lock(&accounts_mu);
    audit_len = balance;
    co_mutex_unlock(&accounts_mu);
    co_mutex_unlock(&audit_mu);
}

void start(void) {
    co_go(depositor, NULL);
    co_go(auditor, NULL);
}
