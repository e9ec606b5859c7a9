/* A co_once on the stack: a new one each call, so init runs every time. */
#include <co.h>

static int config_loaded;

static void load_config(void *arg) { (void)arg; config_loaded++; }

void handle_request(void) {
    co_once once = CO_ONCE_INIT; // want "co_once once has automatic storage"
    co_once_do(&once, load_config, NULL);
}
