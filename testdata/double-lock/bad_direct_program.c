// run: deadlock
/* Locking a mutex twice in one goroutine blocks it on itself forever. */
#include <co.h>

static co_mutex mu = CO_MUTEX_INIT;
static int balance;

static void run(void *arg) {
    (void)arg;
    co_mutex_lock(&mu);
    balance += 10;
    co_mutex_lock(&mu); // want "mu is locked again while already held"
    balance -= 5;
    co_mutex_unlock(&mu);
    co_mutex_unlock(&mu);
}

int main(void) { return co_main(run, NULL); }
