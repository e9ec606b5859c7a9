#include <co.h>

struct counter {
    co_mutex mu;
    long n;
};

long snapshot(struct counter *c) {
    struct counter copy = *c; // want "\*c is copied: initialised"
    return copy.n;
}
