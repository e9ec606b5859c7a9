#include <co.h>
static int nz_expr(int a) { return ((((((((((((((((((((a+1)))))))))))))))))))) ? (a ? (a ? (a ? 1 : 2) : 3) : 4) : 5; }
