/* The seed's lock-before-write bug: deposit() updates the balance under the
 * mutex, but apply_fee() writes it before taking the lock. */
#include <co.h>
#include <stdio.h>

static co_mutex mu;
static long balance;
static co_waitgroup wg;

static void deposit(void *arg) {
    (void)arg;
    CO_DEFER_DONE(&wg);
    co_mutex_lock(&mu);
    balance += 100;
    co_mutex_unlock(&mu);
}

static void apply_fee(void *arg) {
    (void)arg;
    CO_DEFER_DONE(&wg);
    balance -= 1;                           /* written without mu */
    co_mutex_lock(&mu);
    printf("balance after fee: %ld\n", balance);
    co_mutex_unlock(&mu);
}

static void run(void *arg) {
    (void)arg;
    for (int i = 0; i < 4; i++) {
        co_wg_add(&wg, 2);
        co_go(deposit, NULL);
        co_go(apply_fee, NULL);
    }
    co_wg_wait(&wg);
}

int main(void) { return co_main(run, NULL); }
