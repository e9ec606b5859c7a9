#include <co.h>
static co_mutex nz_dm;
static void nz_duff(int n) { int c = (n + 3) / 4; switch (n % 4) { case 0: do { co_mutex_lock(&nz_dm); case 3: co_mutex_unlock(&nz_dm); case 2: case 1: ; } while (--c > 0); } }
