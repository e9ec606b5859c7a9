#include <co.h>
static void nz_chan(co_chan *c) { int v = 0; while (co_chan_recv(c, &v) && co_chan_recv(c, &v)) { } for (co_chan_send(c, &v); co_chan_recv(c, 0); co_chan_close(c)) ; co_chan_close(c); co_chan_close(c); }
