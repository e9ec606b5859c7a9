/* The argument is a global, the same for every caller. */
#include <co.h>

struct config { int port; };
static struct config defaults = { 8080 };
static co_once once;
static int port;

static void apply(void *arg) { struct config *c = arg; port = c->port; }

int get_port(const char *who) {
    (void)who;
    co_once_do(&once, apply, &defaults);
    return port;
}
