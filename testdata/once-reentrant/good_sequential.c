/* The same Once used twice in sequence, not from inside. */
#include <co.h>

static co_once once;
static int n;

static void init(void *arg) { (void)arg; n++; }

static void run(void *arg) {
    (void)arg;
    co_once_do(&once, init, NULL);
    co_once_do(&once, init, NULL);
}

int main(void) { return co_main(run, NULL); }
