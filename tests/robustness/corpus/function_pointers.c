#include <co.h>
static void (*nz_fp)(co_mutex *) = co_mutex_lock;
static void nz_fpuse(co_mutex *m) { void (*f[2])(co_mutex *) = { co_mutex_lock, co_mutex_unlock }; f[0](m); f[1](m); nz_fp(m); (*nz_fp)(m); }
