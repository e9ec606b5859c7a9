/* Each object's init calls the getter of a different object. */
#include <co.h>

struct node { co_once once; struct node *next; int v; };

static void fill(void *arg) { struct node *n = arg; n->v = 1; }

int node_get(struct node *n) {
    co_once_do(&n->once, fill, n);
    return n->v;
}
