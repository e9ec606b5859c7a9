#include <co.h>
static int nz_sel(co_chan *a, co_chan *b, int n) { int v; co_case cs[n > 0 ? n : 1]; cs[0] = CO_RECV(n ? a : b, &v); cs[n > 1] = (co_case){ .ch = a, .op = CO_OP_SEND, .elem = &v }; return co_select(cs, 1) + co_select_try(cs, 0); }
