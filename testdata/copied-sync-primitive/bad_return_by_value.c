#include <co.h>

struct counter {
    co_mutex mu;
    long n;
};

static struct counter global_counter;

struct counter counter_get(void) {
    return global_counter; // want "global_counter is copied: returned"
}
