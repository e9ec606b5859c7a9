#include <co.h>
#define LOCK(m) co_mutex_lock(m)
#define UNLOCK(m) co_mutex_unlock(m)
#define WITH(m, body) do { LOCK(m); body; UNLOCK(m); } while (0)
#define GO(f, a) co_go(f, a)
#define FOREVER for (;;)
#define CAT(a, b) a##b
static co_mutex mu;
static co_waitgroup wg;
static void w(void *a) { (void)a; CO_DEFER_DONE(&wg); WITH(&mu, (void)0); }
void f(int n) {
    WITH(&mu, WITH(&mu, n++));
    co_wg_add(&wg, 1);
    GO(w, 0);
    CAT(co_wg, _wait)(&wg);
    FOREVER { if (n-- < 0) break; LOCK(&mu); UNLOCK(&mu); }
}
