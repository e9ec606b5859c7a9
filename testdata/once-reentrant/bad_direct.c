// run: deadlock
/* The init function calls co_once_do on its own Once. */
#include <co.h>

static co_once once;

static void init(void *arg) {
    (void)arg;
    co_once_do(&once, init, NULL);
}

static void run(void *arg) {
    (void)arg;
    co_once_do(&once, init, NULL); // want "init, run by co_once_do on once, calls co_once_do on once again"
}

int main(void) { return co_main(run, NULL); }
