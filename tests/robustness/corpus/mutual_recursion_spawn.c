#include <co.h>
static void nz_b(void *a);
static void nz_a(void *a) { if (a) co_go(nz_b, a); }
static void nz_b(void *a) { nz_a(a); co_go(nz_a, 0); }
