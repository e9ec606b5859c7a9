/* Only on one branch: still a deadlock when taken. */
#include <co.h>

static co_once once;
static int retries;

static void connect_once(void *arg) {
    (void)arg;
    if (retries > 0)
        co_once_do(&once, connect_once, NULL);
}

void connect(void) {
    co_once_do(&once, connect_once, NULL); // want "connect_once, run by co_once_do on once, calls co_once_do on once again"
}
