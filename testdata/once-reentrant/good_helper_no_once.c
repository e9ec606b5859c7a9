/* The init function calls helpers that do not touch the Once. */
#include <co.h>

static co_once once;
static int table[4];

static void fill_row(int i) { table[i] = i * i; }
static void init(void *arg) { (void)arg; for (int i = 0; i < 4; i++) fill_row(i); }

static void run(void *arg) {
    (void)arg;
    co_once_do(&once, init, NULL);
}

int main(void) { return co_main(run, NULL); }
