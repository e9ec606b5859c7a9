#include <co.h>
static void nz_ctx(co_ctx *p) { co_cancel_fn c1, c2; co_ctx *a = co_with_cancel(p, &c1); co_ctx *b = co_with_timeout(a, 5, &c2); co_cancel(&c2); co_ctx *x = a; a = b; b = x; (void)co_ctx_err(a); co_cancel(&c1); co_cancel(&c1); }
