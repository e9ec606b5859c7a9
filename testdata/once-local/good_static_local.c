/* A static local Once: shared by every call. */
#include <co.h>

static int config_loaded;

static void load_config(void *arg) { (void)arg; config_loaded++; }

void handle_request(void) {
    static co_once once = CO_ONCE_INIT;
    co_once_do(&once, load_config, NULL);
}
