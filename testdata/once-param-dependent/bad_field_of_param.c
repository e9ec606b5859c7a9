/* A field of the caller's parameter. */
#include <co.h>

struct request { const char *tenant; };

static co_once tenant_once;
static const char *tenant;

static void remember(void *arg) { tenant = arg; }

void handle(struct request *r) {
    co_once_do(&tenant_once, remember, (void *)r->tenant); // want "remember, run once by co_once_do on tenant_once, initialises from r->tenant, a parameter of handle"
}
