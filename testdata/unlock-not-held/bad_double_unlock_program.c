// run: panic
#include <co.h>

static co_mutex mu = CO_MUTEX_INIT;
static int counter;

static void run(void *arg) {
    (void)arg;
    co_mutex_lock(&mu);
    counter++;
    co_mutex_unlock(&mu);
    co_mutex_unlock(&mu); // want "unlock of mu, which is not held here"
}

int main(void) { return co_main(run, NULL); }
