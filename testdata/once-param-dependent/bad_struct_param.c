/* The configuration pointer comes from the caller. */
#include <co.h>

struct config { int port; };

static co_once init_once;
static int port;

static void apply(void *arg) {
    struct config *c = arg;
    port = c->port;
}

void server_init(struct config *cfg) {
    co_once_do(&init_once, apply, cfg); // want "apply, run once by co_once_do on init_once, initialises from cfg, a parameter of server_init"
}
