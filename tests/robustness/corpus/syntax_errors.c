#include <co.h>
static co_mutex mu;
void f(void) { co_mutex_lock(&mu) co_mutex_unlock(&mu) }
void g(void) { co_mutex_lock(&mu); if ( { } }}}
int h( { return
