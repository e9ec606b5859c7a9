#include <co.h>
// café ÿþ
 static co_mutex mé;
void f(void) { const char *s = "Ã( ¡"; (void)s; }
