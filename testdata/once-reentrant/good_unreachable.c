/* The recursive call sits behind a constant-false condition. */
#include <co.h>

static co_once once;

static void init(void *arg) {
    (void)arg;
    if (0) co_once_do(&once, init, NULL);
}

static void run(void *arg) {
    (void)arg;
    co_once_do(&once, init, NULL);
}

int main(void) { return co_main(run, NULL); }
