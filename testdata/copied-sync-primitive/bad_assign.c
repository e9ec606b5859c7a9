#include <co.h>

struct session {
    co_mutex mu;
    int id;
};

static struct session current;

void session_switch(struct session *s) {
    current = *s; // want "\*s is copied: assigned"
}
