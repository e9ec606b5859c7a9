#include <co.h>
static const char *s = "never closed;
void f(void) { }
