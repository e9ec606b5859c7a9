/* A function meant to return holding the lock says so. */
#include <co.h>

struct table {
    co_mutex mu;
    int rows;
};

static void table_lock(struct table *t) CO_ACQUIRES(t->mu) {
    co_mutex_lock(&t->mu);
}

int table_rows(struct table *t) {
    table_lock(t);
    int n = t->rows;
    co_mutex_unlock(&t->mu);
    return n;
}
