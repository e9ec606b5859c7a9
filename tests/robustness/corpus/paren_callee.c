#include <co.h>
static co_mutex nz_p1, nz_p2;
static void nz_paren(int c) { (co_mutex_lock)(&nz_p1); (c ? co_mutex_lock : co_mutex_unlock)(&nz_p2); (void)(co_mutex_unlock(&nz_p1), 0); c ? co_mutex_unlock(&nz_p2) : (void)0; co_mutex_unlock(&nz_p1 + 0); }
