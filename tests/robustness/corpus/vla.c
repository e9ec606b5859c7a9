#include <co.h>
static void nz_vla(int n) { co_mutex ms[n]; for (int i = 0; i < n; i++) { co_mutex_lock(&ms[i]); } int m[n][n]; (void)m; co_mutex_unlock(&ms[n - 1]); }
