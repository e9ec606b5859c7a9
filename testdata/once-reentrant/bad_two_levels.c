/* Through two helper levels. */
#include <co.h>

static co_once init_once;

static void init_all(void *arg);
static void ensure(void) { co_once_do(&init_once, init_all, NULL); } // want "init_all, run by co_once_do on init_once, calls co_once_do on init_once again"
static void setup_logging(void) { ensure(); }
static void init_all(void *arg) { (void)arg; setup_logging(); }

void start(void) { ensure(); }
