/* Nested Onces on different objects. */
#include <co.h>

static co_once outer, inner;
static int a, b;

static void init_b(void *arg) { (void)arg; b = 2; }
static void init_a(void *arg) { (void)arg; co_once_do(&inner, init_b, NULL); a = b + 1; }

static void run(void *arg) {
    (void)arg;
    co_once_do(&outer, init_a, NULL);
}

int main(void) { return co_main(run, NULL); }
