#include <co.h>
#include "does/not/exist.h"
#include <nope_missing.h>
static co_mutex mu;
void f(void) { co_mutex_lock(&mu); }
