#include <co.h>
static co_mutex mu;
void f(void) { co_mutex_lock(&mu); /* never closed
 co_mutex_unlock(&mu); }
