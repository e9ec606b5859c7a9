#include <co.h>
struct nz_s { union { co_mutex m; long pad; }; struct { co_waitgroup wg; } in; int bits : 3; co_mutex arr[4]; };
static void nz_agg(struct nz_s *s, int i) { co_mutex_lock(&s->m); co_mutex_lock(&s->arr[i]); co_mutex_unlock(&s->arr[i + 1]); co_wg_add(&s->in.wg, 1); co_wg_done(&(*s).in.wg); struct nz_s c = *s; (void)c; co_mutex_unlock(&s->m); }
