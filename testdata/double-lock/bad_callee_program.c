// run: deadlock
/* A method that takes the lock calls another method that takes it too
 * (Go: func (a *Acct) Deposit() { a.mu.Lock(); ... a.Balance() }). */
#include <co.h>

struct account {
    co_mutex mu;
    long balance;
};

static long account_balance(struct account *a) {
    co_mutex_lock(&a->mu);
    long b = a->balance;
    co_mutex_unlock(&a->mu);
    return b;
}

static long account_deposit(struct account *a, long amount) {
    co_mutex_lock(&a->mu);
    a->balance += amount;
    long now = account_balance(a); // want "account_balance\(\) locks a->mu, which is already held"
    co_mutex_unlock(&a->mu);
    return now;
}

static void run(void *arg) {
    static struct account acct;
    (void)arg;
    account_deposit(&acct, 5);
}

int main(void) { return co_main(run, NULL); }
