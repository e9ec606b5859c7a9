#include <co.h>
static co_mutex nz_gm;
#define NZ_LOCK(x) _Generic((x), co_mutex *: co_mutex_lock, default: co_mutex_unlock)(x)
static void nz_generic(void) { NZ_LOCK(&nz_gm); _Generic(1, int: co_mutex_unlock, default: co_mutex_lock)(&nz_gm); }
