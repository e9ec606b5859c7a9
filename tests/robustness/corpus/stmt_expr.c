#include <co.h>
static co_mutex nz_se;
static int nz_stmtexpr(void) { int v = ({ co_mutex_lock(&nz_se); int t = 3; co_mutex_unlock(&nz_se); t; }); return ({ co_mutex_lock(&nz_se); v; }); }
