#include <co.h>
static co_mutex nz_gm2;
static int nz_goto(int n) { co_mutex_lock(&nz_gm2); again: if (n-- > 0) { if (n == 5) goto out; goto again; } { inner: co_mutex_unlock(&nz_gm2); if (n > 100) goto inner; } out: return n; }
