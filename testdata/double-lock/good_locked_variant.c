/* The helper called under the lock is the _locked variant that does not
 * take it again. */
#include <co.h>

struct account {
    co_mutex mu;
    long balance;
};

static long account_balance_locked(struct account *a) CO_REQUIRES(a->mu) { return a->balance; }

long account_deposit(struct account *a, long amount) {
    co_mutex_lock(&a->mu);
    a->balance += amount;
    long now = account_balance_locked(a);
    co_mutex_unlock(&a->mu);
    return now;
}
