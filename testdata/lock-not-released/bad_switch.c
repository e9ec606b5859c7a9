#include <co.h>

struct conn {
    co_mutex mu;
    int state;
};

int conn_step(struct conn *c, int ev) {
    co_mutex_lock(&c->mu); // want "c->mu is not released on the path to the return"
    switch (ev) {
    case 0:
        c->state = 1;
        break;
    case 1:
        return -1;
    default:
        c->state = 2;
        break;
    }
    co_mutex_unlock(&c->mu);
    return 0;
}
