#include <co.h>
static int nz_kr(a, b) int a; co_mutex *b; { co_mutex_lock(b); co_mutex_unlock(b); return a; }
