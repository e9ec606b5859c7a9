#include <co.h>
#include <string.h>

struct counter {
    co_mutex mu;
    long n;
};

void counter_reset(struct counter *c) {
    memset(c, 0, sizeof *c);
}
