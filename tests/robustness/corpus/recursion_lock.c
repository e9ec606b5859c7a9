#include <co.h>
static co_mutex nz_mu;
static int nz_rec(int n) { co_mutex_lock(&nz_mu); if (n > 0) { co_mutex_unlock(&nz_mu); return nz_rec(n - 1); } co_mutex_unlock(&nz_mu); return n; }
