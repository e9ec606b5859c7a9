#include <co.h>
static co_mutex nz_cm;
static void nz_defer(int n) { for (int i = 0; i < n; i++) { co_mutex_lock(&nz_cm); CO_DEFER_UNLOCK(&nz_cm); if (i == 2) continue; if (i == 3) break; if (i == 4) return; } }
