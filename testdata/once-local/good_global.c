/* A global Once. */
#include <co.h>

static co_once init_once = CO_ONCE_INIT;
static int ready;

static void init(void *arg) { (void)arg; ready = 1; }

static void run(void *arg) {
    (void)arg;
    co_once_do(&init_once, init, NULL);
    co_once_do(&init_once, init, NULL);
}

int main(void) { return co_main(run, NULL); }
