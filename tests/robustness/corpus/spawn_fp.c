#include <co.h>
static void nz_w(void *a) { co_waitgroup *wg = a; co_wg_done(wg); }
static void nz_spawnfp(void) { co_waitgroup wg = {0}; int (*g)(void (*)(void *), void *) = co_go; co_wg_add(&wg, 2); g(nz_w, &wg); co_go((void (*)(void *))nz_w, (void *)&wg); co_wg_wait(&wg); }
