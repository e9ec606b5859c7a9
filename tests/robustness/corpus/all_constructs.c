#include <co.h>
static co_mutex nz_mu;
static int nz_rec(int n) { co_mutex_lock(&nz_mu); if (n > 0) { co_mutex_unlock(&nz_mu); return nz_rec(n - 1); } co_mutex_unlock(&nz_mu); return n; }
static void nz_b(void *a);
static void nz_a(void *a) { if (a) co_go(nz_b, a); }
static void nz_b(void *a) { nz_a(a); co_go(nz_a, 0); }
static void (*nz_fp)(co_mutex *) = co_mutex_lock;
static void nz_fpuse(co_mutex *m) { void (*f[2])(co_mutex *) = { co_mutex_lock, co_mutex_unlock }; f[0](m); f[1](m); nz_fp(m); (*nz_fp)(m); }
static int nz_kr(a, b) int a; co_mutex *b; { co_mutex_lock(b); co_mutex_unlock(b); return a; }
#include <stdarg.h>
static int nz_va(int n, ...) { va_list ap; va_start(ap, n); int s = 0; for (int i = 0; i < n; i++) { co_mutex *m = va_arg(ap, co_mutex *); co_mutex_lock(m); s++; co_mutex_unlock(m); } va_end(ap); return s; }
static co_mutex nz_vm; static int nz_vacall(void) { return nz_va(2, &nz_vm, &nz_vm); }
static co_mutex nz_se;
static int nz_stmtexpr(void) { int v = ({ co_mutex_lock(&nz_se); int t = 3; co_mutex_unlock(&nz_se); t; }); return ({ co_mutex_lock(&nz_se); v; }); }
static void nz_vla(int n) { co_mutex ms[n]; for (int i = 0; i < n; i++) { co_mutex_lock(&ms[i]); } int m[n][n]; (void)m; co_mutex_unlock(&ms[n - 1]); }
static co_mutex nz_gm;
#define NZ_LOCK(x) _Generic((x), co_mutex *: co_mutex_lock, default: co_mutex_unlock)(x)
static void nz_generic(void) { NZ_LOCK(&nz_gm); _Generic(1, int: co_mutex_unlock, default: co_mutex_lock)(&nz_gm); }
static co_mutex nz_cg;
static void nz_cgoto(int i) { void *t[] = { &&l0, &&l1 }; co_mutex_lock(&nz_cg); goto *t[i & 1]; l0: co_mutex_unlock(&nz_cg); return; l1: goto *t[0]; }
static co_mutex nz_dm;
static void nz_duff(int n) { int c = (n + 3) / 4; switch (n % 4) { case 0: do { co_mutex_lock(&nz_dm); case 3: co_mutex_unlock(&nz_dm); case 2: case 1: ; } while (--c > 0); } }
static co_mutex nz_gm2;
static int nz_goto(int n) { co_mutex_lock(&nz_gm2); again: if (n-- > 0) { if (n == 5) goto out; goto again; } { inner: co_mutex_unlock(&nz_gm2); if (n > 100) goto inner; } out: return n; }
static co_mutex nz_cm;
static void nz_defer(int n) { for (int i = 0; i < n; i++) { co_mutex_lock(&nz_cm); CO_DEFER_UNLOCK(&nz_cm); if (i == 2) continue; if (i == 3) break; if (i == 4) return; } }
static void nz_w(void *a) { co_waitgroup *wg = a; co_wg_done(wg); }
static void nz_spawnfp(void) { co_waitgroup wg = {0}; int (*g)(void (*)(void *), void *) = co_go; co_wg_add(&wg, 2); g(nz_w, &wg); co_go((void (*)(void *))nz_w, (void *)&wg); co_wg_wait(&wg); }
static co_mutex nz_p1, nz_p2;
static void nz_paren(int c) { (co_mutex_lock)(&nz_p1); (c ? co_mutex_lock : co_mutex_unlock)(&nz_p2); (void)(co_mutex_unlock(&nz_p1), 0); c ? co_mutex_unlock(&nz_p2) : (void)0; co_mutex_unlock(&nz_p1 + 0); }
static void nz_chan(co_chan *c) { int v = 0; while (co_chan_recv(c, &v) && co_chan_recv(c, &v)) { } for (co_chan_send(c, &v); co_chan_recv(c, 0); co_chan_close(c)) ; co_chan_close(c); co_chan_close(c); }
static co_once nz_o; static void nz_of(void *a); static void nz_of(void *a) { co_once_do(&nz_o, nz_of, a); co_once_do((co_once *)a, nz_of, &nz_o); }
static int nz_sel(co_chan *a, co_chan *b, int n) { int v; co_case cs[n > 0 ? n : 1]; cs[0] = CO_RECV(n ? a : b, &v); cs[n > 1] = (co_case){ .ch = a, .op = CO_OP_SEND, .elem = &v }; return co_select(cs, 1) + co_select_try(cs, 0); }
static void nz_ctx(co_ctx *p) { co_cancel_fn c1, c2; co_ctx *a = co_with_cancel(p, &c1); co_ctx *b = co_with_timeout(a, 5, &c2); co_cancel(&c2); co_ctx *x = a; a = b; b = x; (void)co_ctx_err(a); co_cancel(&c1); co_cancel(&c1); }
static void nz_timer(int n) { co_timer *t = co_timer_new(1); for (int i = 0; i < n; i++) { t = co_timer_new(i); } co_timer *u = t; co_timer_stop(u); co_timer_stop(t); co_ticker *k = co_ticker_new(1); k = 0; (void)k; }
static int nz_expr(int a) { return ((((((((((((((((((((a+1)))))))))))))))))))) ? (a ? (a ? (a ? 1 : 2) : 3) : 4) : 5; }
struct nz_s { union { co_mutex m; long pad; }; struct { co_waitgroup wg; } in; int bits : 3; co_mutex arr[4]; };
static void nz_agg(struct nz_s *s, int i) { co_mutex_lock(&s->m); co_mutex_lock(&s->arr[i]); co_mutex_unlock(&s->arr[i + 1]); co_wg_add(&s->in.wg, 1); co_wg_done(&(*s).in.wg); struct nz_s c = *s; (void)c; co_mutex_unlock(&s->m); }
