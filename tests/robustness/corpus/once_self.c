#include <co.h>
static co_once nz_o; static void nz_of(void *a); static void nz_of(void *a) { co_once_do(&nz_o, nz_of, a); co_once_do((co_once *)a, nz_of, &nz_o); }
