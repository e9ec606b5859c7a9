/* The inner call runs another function, but on the same Once. */
#include <co.h>

static co_once once;

static void nothing(void *arg) { (void)arg; }

static void setup(void *arg) {
    (void)arg;
    co_once_do(&once, nothing, NULL);
}

void boot(void) {
    co_once_do(&once, setup, NULL); // want "setup, run by co_once_do on once, calls co_once_do on once again"
}
