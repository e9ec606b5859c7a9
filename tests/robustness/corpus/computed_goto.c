#include <co.h>
static co_mutex nz_cg;
static void nz_cgoto(int i) { void *t[] = { &&l0, &&l1 }; co_mutex_lock(&nz_cg); goto *t[i & 1]; l0: co_mutex_unlock(&nz_cg); return; l1: goto *t[0]; }
