/* A function that releases a lock its caller took says so. */
#include <co.h>

struct table {
    co_mutex mu;
    int rows;
};

static void table_unlock(struct table *t) CO_RELEASES(t->mu) {
    co_mutex_unlock(&t->mu);
}

int table_rows(struct table *t) {
    co_mutex_lock(&t->mu);
    int n = t->rows;
    table_unlock(t);
    return n;
}
