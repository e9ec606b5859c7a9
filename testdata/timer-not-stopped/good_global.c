/* The ticker is kept in a global and stopped by shutdown(). */
#include <co.h>

static co_ticker *g_heartbeat;

void start_heartbeat(void) {
    co_ticker *tk = co_ticker_new(CO_SECOND);
    g_heartbeat = tk;
}

void shutdown(void) {
    co_ticker_stop(g_heartbeat);
    g_heartbeat = NULL;
}
