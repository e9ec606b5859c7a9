/* rules/guard.c: guarded-access rules (unguarded-access, write-under-read-lock,
 * copied-sync-primitive). The first two follow RacerD: every read and write
 * of shared memory is collected with the locks held at it (the held-locks
 * dataflow of rules/lockset.h, plus the locks callers hold around calls),
 * bottom-up into the goroutine roots; accesses are then matched across
 * functions by an abstract location (a global's name, or struct type +
 * field), and a conflict is an unguarded access against a guarded one, at
 * least one a write, in code that can run concurrently. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lockset.h"

#define MAX_LOCKS 6
#define MAX_ACCESSES 512

typedef struct held_lock {
    const char *abs;    /* abstract lock name, NULL if it has none */
    const char *spell;  /* as written where it is held */
    bool read;          /* only the read lock of a rwmutex */
} held_lock;

typedef struct access {
    ir_key key;         /* innermost spelling (for messages) */
    ir_key cur;         /* key in the current owner's key space (0 once unmappable) */
    const char *abs;    /* abstract location, NULL until known */
    ir_loc loc;
    bool write;
    bool conc;          /* may run concurrently (meaningful at the root) */
    uint8_t nbefore;    /* functions in which it runs before any co_go of theirs */
    uint32_t before_spawn_in[4];
    uint32_t root;      /* set when collected at a root */
    uint8_t nlocks;
    held_lock locks[MAX_LOCKS];
} access;

typedef struct accvec { access *v; uint32_t n, cap; } accvec;

typedef struct guard_ctx {
    rule_ctx *rc;
    ls_ctx *cx;
    const ir_tu *tu;
    accvec *sums;       /* per function */
    bool *done;
    char **strs; uint32_t nstrs, capstrs; /* owned strings */
} guard_ctx;

static const char *keep(guard_ctx *g, const char *s) {
    if (!s) return NULL;
    if (g->nstrs == g->capstrs) {
        g->capstrs = g->capstrs ? g->capstrs * 2 : 64;
        g->strs = realloc(g->strs, g->capstrs * sizeof *g->strs);
    }
    return g->strs[g->nstrs++] = strdup(s);
}

static void acc_push(accvec *a, const access *x) {
    if (a->n >= MAX_ACCESSES) return;
    if (a->n == a->cap) {
        a->cap = a->cap ? a->cap * 2 : 16;
        a->v = realloc(a->v, a->cap * sizeof *a->v);
    }
    a->v[a->n++] = *x;
}

/* The abstract location of an accessed key: "*"s for top dereferences,
 * then a global's spelling or "struct T.f" (RacerD matches fields by type). */
static const char *access_abstract(guard_ctx *g, uint32_t func, ir_key k) {
    const ir_tu *tu = g->tu;
    if (!k) return NULL;
    ir_key root = ir_key_root(tu, k);
    const ir_keyinfo *ri = &tu->keys[root];
    char buf[300];
    if (ri->kind == KEY_GLOBAL) return keep(g, ir_key_str(tu, k, buf, sizeof buf));
    int nderef = 0;
    ir_key f = k;
    while (f && tu->keys[f].kind == KEY_DEREF) { nderef++; f = tu->keys[f].parent; }
    int nidx = 0;
    ir_key fld = f;
    while (fld && tu->keys[fld].kind == KEY_INDEX) { nidx++; fld = tu->keys[fld].parent; }
    if (fld && tu->keys[fld].kind == KEY_FIELD && tu->keys[fld].record) {
        snprintf(buf, sizeof buf, "%.*s%s.%s%s", nderef, "********", tu->keys[fld].record,
                 tu->keys[fld].name ? tu->keys[fld].name : "?", nidx ? "[]" : "");
        return keep(g, buf);
    }
    /* *p with p a parameter: only through the single site that passes it. */
    char abuf[256];
    const char *a = ls_abstract(g->cx, func, k, abuf, sizeof abuf);
    if (a && nderef > 0) {
        snprintf(buf, sizeof buf, "%.*s%s", nderef, "********", a);
        return keep(g, buf);
    }
    return a ? keep(g, a) : NULL;
}

static bool key_owned_locally(const ir_tu *tu, ir_key k) {
    ir_key_kind rk = tu->keys[ir_key_root(tu, k)].kind;
    /* Rooted at a local that is not an alias of a parameter (those are keyed
     * by the parameter): a fresh object or one cvet cannot follow. */
    return rk == KEY_LOCAL || rk == KEY_TEMP;
}

/* The locks held in `st`, as held_lock entries. */
static uint8_t held_locks(guard_ctx *g, ls_fn *lf, const ls_state *st, held_lock *out) {
    uint8_t n = 0;
    char buf[256];
    for (uint32_t s = 0; s < ls_nslots(lf) && n < MAX_LOCKS; s++) {
        const ls_slot *sl = ls_slot_at(lf, s);
        if (sl->mode == LS_R2 || !ls_must_held(st, (int)s)) continue;
        if (sl->mode == LS_R1 && ls_must_held(st, ls_slot_find(lf, sl->key, LS_W))) continue;
        held_lock h;
        h.abs = keep(g, ls_abstract(g->cx, ls_fn_index(lf), sl->key, buf, sizeof buf));
        h.spell = keep(g, ls_name(g->tu, sl->key, true, buf, sizeof buf));
        h.read = sl->mode == LS_R1;
        out[n++] = h;
    }
    return n;
}

static void add_lock(access *a, const held_lock *h) {
    for (uint8_t i = 0; i < a->nlocks; i++)
        if (a->locks[i].abs && h->abs && strcmp(a->locks[i].abs, h->abs) == 0) return;
    if (a->nlocks < MAX_LOCKS) a->locks[a->nlocks++] = *h;
}

typedef struct collect_ud { guard_ctx *g; uint32_t func; } collect_ud;

static void collect_visit(ls_fn *lf, const ls_state *st, const ir_event *ev, uint32_t index, void *udv) {
    collect_ud *u = udv;
    guard_ctx *g = u->g;
    const ir_tu *tu = g->tu;
    analysis *an = rc_analysis(g->rc);
    uint32_t f = u->func;
    const cg_node *nd = cg_node_of(an, f);
    bool conc = !cg_event_pre_spawn(an, f, index) && !(nd && nd->is_main && !st->spawned);
    if (ev->kind == EV_READ || ev->kind == EV_WRITE) {
        if (!ev->key || !ir_key_nonlocal(tu, ev->key) || key_owned_locally(tu, ev->key)) return;
        ir_type ty = tu->keys[ev->key].type;
        if (ty >= TY_MUTEX && ty <= TY_ONCE) return; /* the sync objects themselves */
        access a = { 0 };
        a.key = a.cur = ev->key;
        a.abs = access_abstract(g, f, ev->key);
        a.loc = ev->loc;
        a.write = ev->kind == EV_WRITE;
        a.conc = conc;
        if (!st->spawned) a.before_spawn_in[a.nbefore++] = f;
        a.nlocks = held_locks(g, lf, st, a.locks);
        acc_push(&g->sums[f], &a);
        return;
    }
    if (ev->kind != EV_CALL || ev->api != API_NONE || ev->func < 0 || (uint32_t)ev->func >= tu->nfuncs) return;
    uint32_t callee = (uint32_t)ev->func;
    if (!g->done[callee] || callee == f) return;
    held_lock now[MAX_LOCKS];
    uint8_t nnow = held_locks(g, lf, st, now);
    const accvec *cs = &g->sums[callee];
    for (uint32_t i = 0; i < cs->n; i++) {
        access a = cs->v[i];
        a.cur = a.cur ? ls_map_key(analysis_tu(an), ev, a.cur) : 0;
        if (!a.abs) a.abs = a.cur ? access_abstract(g, f, a.cur) : NULL;
        if (!a.abs && !a.cur) continue;
        a.conc = conc;
        if (!st->spawned && a.nbefore < 4) a.before_spawn_in[a.nbefore++] = f;
        for (uint8_t k = 0; k < nnow; k++) add_lock(&a, &now[k]);
        acc_push(&g->sums[f], &a);
    }
}

static void collect_function(guard_ctx *g, uint32_t f) {
    if (g->done[f]) return;
    ls_fn *lf = ls_fn_solve(g->cx, f);
    collect_ud u = { g, f };
    ls_fn_walk(lf, collect_visit, &u);
    ls_fn_free(lf);
    g->done[f] = true;
}

static guard_ctx *guard_new(rule_ctx *rc) {
    guard_ctx *g = calloc(1, sizeof *g);
    g->rc = rc;
    g->tu = rc_tu(rc);
    g->cx = ls_ctx_new(rc);
    uint32_t n = g->tu->nfuncs;
    g->sums = calloc(n ? n : 1, sizeof *g->sums);
    g->done = calloc(n ? n : 1, sizeof *g->done);
    uint32_t count = 0;
    const uint32_t *order = cg_bottom_up(rc_analysis(rc), &count);
    for (uint32_t i = 0; i < count; i++)
        if (order[i] < n) collect_function(g, order[i]);
    for (uint32_t f = 0; f < n; f++) collect_function(g, f);
    return g;
}

static void guard_free(guard_ctx *g) {
    for (uint32_t f = 0; f < g->tu->nfuncs; f++) free(g->sums[f].v);
    free(g->sums);
    free(g->done);
    for (uint32_t i = 0; i < g->nstrs; i++) free(g->strs[i]);
    free(g->strs);
    ls_ctx_free(g->cx);
    free(g);
}

static void all_push(accvec *a, const access *x) {
    if (a->n == a->cap) {
        a->cap = a->cap ? a->cap * 2 : 64;
        a->v = realloc(a->v, a->cap * sizeof *a->v);
    }
    a->v[a->n++] = *x;
}

/* All accesses as seen from the goroutine roots (with their root set). */
static void root_accesses(guard_ctx *g, accvec *out) {
    for (uint32_t r = 0; r < g->tu->nfuncs; r++) {
        if (!ls_is_root(g->cx, r)) continue;
        for (uint32_t i = 0; i < g->sums[r].n; i++) {
            access a = g->sums[r].v[i];
            if (!a.abs) continue;
            a.root = r;
            all_push(out, &a);
        }
    }
}

static bool holds(const access *a, const char *lock_abs, bool write_needed) {
    for (uint8_t i = 0; i < a->nlocks; i++)
        if (a->locks[i].abs && strcmp(a->locks[i].abs, lock_abs) == 0 && !(write_needed && a->locks[i].read))
            return true;
    return false;
}

/* Spells lock `h` relative to the accessed key: "st->mu" for an access
 * st->requests when the lock is a field of the same struct type. */
static const char *lock_spelling(const ir_tu *tu, const access *a, const char *lock_abs, const char *fallback,
                                 char *buf, size_t len) {
    snprintf(buf, len, "%s", fallback ? fallback : "its lock");
    if (!lock_abs) return buf;
    const char *dot = strrchr(lock_abs, '.');
    if (!dot || strncmp(lock_abs, "struct ", 7) != 0) return buf;
    ir_key k = a->key;
    while (k && (tu->keys[k].kind == KEY_DEREF || tu->keys[k].kind == KEY_INDEX)) k = tu->keys[k].parent;
    if (!k || tu->keys[k].kind != KEY_FIELD || !tu->keys[k].record) return buf;
    if (strncmp(tu->keys[k].record, lock_abs, (size_t)(dot - lock_abs)) != 0 ||
        strlen(tu->keys[k].record) != (size_t)(dot - lock_abs))
        return buf;
    ir_key base = tu->keys[k].parent;
    char bb[160];
    if (base && tu->keys[base].kind == KEY_DEREF) {
        ls_name(tu, tu->keys[base].parent, false, bb, sizeof bb);
        snprintf(buf, len, "%s->%s", bb, dot + 1);
    } else if (base) {
        ls_name(tu, base, false, bb, sizeof bb);
        snprintf(buf, len, "%s.%s", bb, dot + 1);
    }
    return buf;
}

/* The guard named by CO_GUARDED_BY for abstract location `abs`, if any
 * (abstract lock name written into buf), and where it is declared. */
static const char *declared_guard(guard_ctx *g, const char *abs, char *buf, size_t len, ir_loc *where) {
    const ir_tu *tu = g->tu;
    char kb[256];
    for (uint32_t i = 0; i < tu->nglobals; i++) {
        const ir_var *v = &tu->globals[i];
        for (uint32_t a = 0; a < v->nannots; a++) {
            if (v->annots[a].kind != ANN_GUARDED_BY) continue;
            if (strcmp(v->key ? ir_key_str(tu, v->key, kb, sizeof kb) : v->name, abs) != 0) continue;
            const char *lk = NULL;
            if (v->annots[a].key) lk = ls_abstract(g->cx, 0, v->annots[a].key, buf, len);
            if (!lk) { snprintf(buf, len, "%s", v->annots[a].arg ? v->annots[a].arg : "?"); lk = buf; }
            *where = v->annots[a].loc;
            return lk;
        }
    }
    for (uint32_t i = 0; i < tu->nfield_annots; i++) {
        const ir_field_annot *fa = &tu->field_annots[i];
        if (fa->annot.kind != ANN_GUARDED_BY || !fa->record || !fa->field) continue;
        snprintf(kb, sizeof kb, "%s.%s", fa->record, fa->field);
        if (strcmp(kb, abs) != 0) continue;
        const char *arg = fa->annot.arg ? fa->annot.arg : "?";
        if (strpbrk(arg, ".->[*")) snprintf(buf, len, "%s", arg);
        else snprintf(buf, len, "%s.%s", fa->record, arg);
        *where = fa->annot.loc;
        return buf;
    }
    return NULL;
}

static int cmp_loc(ir_loc a, ir_loc b) {
    if (a.file != b.file) return a.file < b.file ? -1 : 1;
    if (a.line != b.line) return a.line < b.line ? -1 : 1;
    if (a.col != b.col) return a.col < b.col ? -1 : 1;
    return 0;
}

static int cmp_access(const void *x, const void *y) {
    const access *a = x, *b = y;
    int c = strcmp(a->abs, b->abs);
    if (c) return c;
    if (a->write != b->write) return a->write ? -1 : 1; /* writes first: `n++` reports the write */
    return cmp_loc(a->loc, b->loc);
}

typedef struct reported { ir_loc loc; const char *abs; } reported;

static bool already(reported *r, uint32_t n, ir_loc loc, const char *abs) {
    for (uint32_t i = 0; i < n; i++)
        if (cmp_loc(r[i].loc, loc) == 0 && strcmp(r[i].abs, abs) == 0) return true;
    return false;
}

/* Does `first` happen before the goroutine running `second` exists (it
 * precedes every co_go of some function it runs in, and that function
 * alone starts the goroutine `second` runs in)? */
static bool ordered_before(guard_ctx *g, const access *first, const access *second) {
    if (first->root == second->root) return false;
    for (uint8_t i = 0; i < first->nbefore; i++)
        if (ls_only_spawned_by(g->cx, second->root, first->before_spawn_in[i])) return true;
    return false;
}

/* ---- CO_REQUIRES at call sites ---------------------------------------------- *
 * A call to a function annotated CO_REQUIRES(mu) where mu is held on no
 * path reaching the call and certainly not held on some. */
static void requires_visit(ls_fn *lf, const ls_state *st, const ir_event *ev, uint32_t index, void *udv) {
    rule_ctx *rc = udv;
    const ir_tu *tu = rc_tu(rc);
    (void)index;
    if (ev->kind != EV_CALL || ev->api != API_NONE || ev->func < 0 || (uint32_t)ev->func >= tu->nfuncs) return;
    const ir_func *g = &tu->funcs[ev->func];
    for (uint32_t a = 0; a < g->nannots; a++) {
        const ir_annot *an = &g->annots[a];
        if (an->kind != ANN_REQUIRES || !an->key) continue;
        ir_key k = ls_map_key(analysis_tu(rc_analysis(rc)), ev, an->key);
        if (!k) continue;
        int w = ls_slot_find(lf, k, LS_W), r1 = ls_slot_find(lf, k, LS_R1);
        uint8_t v = (w >= 0 ? st->v[w] : 0) | (r1 >= 0 ? st->v[r1] : 0);
        if (w < 0 && r1 < 0) continue;
        if ((v & LS_HELD) || !(v & LS_FREE)) continue;
        char name[256];
        ls_name(tu, k, true, name, sizeof name);
        diag *d = rc_report(rc, ev->loc,
                            "%s() is called without holding %s, which it requires (CO_REQUIRES(%s)): its accesses "
                            "to the data %s guards race with the goroutines that hold it",
                            g->name, name, an->arg ? an->arg : name, name);
        diag_add_related(d, rc_loc(rc, g->loc), "%s() declared CO_REQUIRES(%s) here", g->name,
                         an->arg ? an->arg : name);
    }
}

/* ---- unguarded-access ------------------------------------------------------- */
static void check_unguarded_access(rule_ctx *rc) {
    guard_ctx *g = guard_new(rc);
    const ir_tu *tu = g->tu;
    accvec all = { 0 };
    root_accesses(g, &all);
    if (all.n) qsort(all.v, all.n, sizeof *all.v, cmp_access);
    reported *rep = calloc(all.n ? all.n : 1, sizeof *rep);
    uint32_t nrep = 0;
    char name[256], lockname[512], gbuf[256];
    for (uint32_t lo = 0, hi; lo < all.n; lo = hi) {
        for (hi = lo; hi < all.n && strcmp(all.v[hi].abs, all.v[lo].abs) == 0; hi++)
            ;
        ir_loc decl;
        const char *guard = declared_guard(g, all.v[lo].abs, gbuf, sizeof gbuf, &decl);
        for (uint32_t i = lo; i < hi; i++) {
            const access *u = &all.v[i];
            if (!u->conc || already(rep, nrep, u->loc, u->abs)) continue;
            const access *witness = NULL;
            if (guard) {
                if (holds(u, guard, false)) continue;
                for (uint32_t j = lo; j < hi && !witness; j++)
                    if (holds(&all.v[j], guard, false)) witness = &all.v[j];
            } else {
                if (u->nlocks) continue;
                for (uint32_t j = lo; j < hi && !witness; j++) {
                    const access *a = &all.v[j];
                    if (!a->nlocks || !a->conc || !(a->write || u->write)) continue;
                    if (!ls_may_run_apart(g->cx, u->root, a->root)) continue;
                    if (ordered_before(g, u, a) || ordered_before(g, a, u)) continue;
                    witness = a;
                }
                if (!witness) continue;
            }
            ls_name(tu, u->key, false, name, sizeof name);
            const char *lock_abs = guard ? guard : (witness->locks[0].abs ? witness->locks[0].abs : NULL);
            const char *fallback = guard ? guard : witness->locks[0].spell;
            if (guard && witness) {
                for (uint8_t k = 0; k < witness->nlocks; k++)
                    if (witness->locks[k].abs && strcmp(witness->locks[k].abs, guard) == 0) fallback = witness->locks[k].spell;
            }
            if (guard && !witness && strncmp(guard, "struct ", 7) == 0 && strrchr(guard, '.'))
                fallback = strrchr(guard, '.') + 1;
            lock_spelling(tu, u, lock_abs, fallback, lockname, sizeof lockname);
            diag *d = NULL;
            if (guard)
                d = rc_report(rc, u->loc,
                              "%s is %s without holding %s, which guards it (CO_GUARDED_BY): this races with "
                              "the goroutines that access it under the lock",
                              name, u->write ? "written" : "read", lockname);
            char wname[256], wlock[512];
            if (witness) {
                ls_name(tu, witness->key, false, wname, sizeof wname);
                const char *wl = witness->locks[0].spell;
                for (uint8_t k = 0; k < witness->nlocks; k++)
                    if (lock_abs && witness->locks[k].abs && strcmp(witness->locks[k].abs, lock_abs) == 0)
                        wl = witness->locks[k].spell;
                lock_spelling(tu, witness, lock_abs, wl, wlock, sizeof wlock);
            }
            if (!guard)
                d = rc_report(rc, u->loc,
                              "%s is %s without holding %s, but it is %s with %s held at line %u, in code that "
                              "can run at the same time: a data race",
                              name, u->write ? "written" : "read", lockname, witness->write ? "written" : "read",
                              wlock, witness->loc.line);
            if (witness)
                diag_add_related(d, rc_loc(rc, witness->loc), "%s %s here with %s held", wname,
                                 witness->write ? "written" : "read", wlock);
            else if (guard && decl.line)
                diag_add_related(d, rc_loc(rc, decl), "declared CO_GUARDED_BY here");
            rep[nrep++] = (reported){ u->loc, u->abs };
        }
    }
    free(rep);
    free(all.v);
    for (uint32_t f = 0; f < tu->nfuncs; f++) {
        ls_fn *lf = ls_fn_solve(g->cx, f);
        ls_fn_walk(lf, requires_visit, rc);
        ls_fn_free(lf);
    }
    guard_free(g);
}

/* ---- write-under-read-lock ------------------------------------------------- */
static void check_write_under_read_lock(rule_ctx *rc) {
    guard_ctx *g = guard_new(rc);
    const ir_tu *tu = g->tu;
    accvec all = { 0 };
    /* Every access of every function, with the locks held around it. */
    for (uint32_t f = 0; f < tu->nfuncs; f++)
        for (uint32_t i = 0; i < g->sums[f].n; i++) {
            access a = g->sums[f].v[i];
            if (!a.abs) continue;
            a.root = f;
            all_push(&all, &a);
        }
    if (all.n) qsort(all.v, all.n, sizeof *all.v, cmp_access);
    reported *rep = calloc(all.n ? all.n : 1, sizeof *rep);
    uint32_t nrep = 0;
    char name[256], lockname[512], gbuf[256];
    for (uint32_t i = 0; i < all.n; i++) {
        const access *w = &all.v[i];
        if (!w->write || !w->nlocks || already(rep, nrep, w->loc, w->abs)) continue;
        const held_lock *rl = NULL;
        bool other_lock = false;
        for (uint8_t k = 0; k < w->nlocks; k++) {
            if (w->locks[k].read && w->locks[k].abs && !rl) rl = &w->locks[k];
            else if (!w->locks[k].read) other_lock = true;
        }
        if (!rl || other_lock) continue;
        ir_loc decl;
        const char *guard = declared_guard(g, w->abs, gbuf, sizeof gbuf, &decl);
        const access *witness = NULL;
        if (!guard || strcmp(guard, rl->abs) != 0) {
            /* `all` is sorted by location name: scan w's group only */
            uint32_t lo = i, hi = i;
            while (lo > 0 && strcmp(all.v[lo - 1].abs, w->abs) == 0) lo--;
            while (hi < all.n && strcmp(all.v[hi].abs, w->abs) == 0) hi++;
            for (uint32_t j = lo; j < hi && !witness; j++) {
                const access *a = &all.v[j];
                if (cmp_loc(a->loc, w->loc) == 0 && a->write) continue;
                if (holds(a, rl->abs, false)) witness = a;
            }
            if (!witness) continue;
        }
        ls_name(tu, w->key, false, name, sizeof name);
        lock_spelling(tu, w, rl->abs, rl->spell, lockname, sizeof lockname);
        diag *d = rc_report(rc, w->loc,
                            "%s is written while holding only the read lock of %s: other readers run at the "
                            "same time, so this write races with them (take the write lock, or guard %s with "
                            "its own mutex)",
                            name, lockname, name);
        if (witness) {
            char wname[256], wlock[512];
            ls_name(tu, witness->key, false, wname, sizeof wname);
            lock_spelling(tu, witness, rl->abs, rl->spell, wlock, sizeof wlock);
            diag_add_related(d, rc_loc(rc, witness->loc), "%s is %s here under %s", wname,
                             witness->write ? "written" : "read", wlock);
        }
        rep[nrep++] = (reported){ w->loc, w->abs };
    }
    free(rep);
    free(all.v);
    guard_free(g);
}

/* ---- copied-sync-primitive ------------------------------------------------- */
static bool is_sync_type(ir_type t) { return (t >= TY_MUTEX && t <= TY_ONCE) || t == TY_STRUCT_WITH_SYNC; }

static void check_copied_sync_primitive(rule_ctx *rc) {
    const ir_tu *tu = rc_tu(rc);
    char name[256];
    for (uint32_t f = 0; f < tu->nfuncs; f++) {
        const ir_func *fn = &tu->funcs[f];
        for (uint32_t p = 0; p < fn->nparams; p++) {
            const ir_var *v = &fn->params[p];
            if (!is_sync_type(v->type)) continue;
            rc_report(rc, v->loc.line ? v->loc : fn->loc,
                      "%s %s is passed by value: the function works on a copy, so locking it, waiting on it or "
                      "calling done on it does not touch the caller's object (pass a pointer)",
                      v->type_text ? v->type_text : "sync object", v->name ? v->name : "?");
        }
        for (uint32_t e = 0; e < fn->nevents; e++) {
            const ir_event *ev = &fn->events[e];
            if (ev->kind != EV_COPY) continue;
            ls_name(tu, ev->key, false, name, sizeof name);
            const char *how = ev->text ? ev->text : "copied";
            char what[300];
            if (strcmp(how, "passed") == 0)
                snprintf(what, sizeof what, "passed by value to %s()", ev->callee ? ev->callee : "a function");
            else if (strcmp(how, "returned") == 0) snprintf(what, sizeof what, "returned by value");
            else if (strcmp(how, "initialised") == 0) snprintf(what, sizeof what, "initialised into another variable");
            else snprintf(what, sizeof what, "%s", how);
            rc_report(rc, ev->loc,
                      "%s is copied: %s; a copy of a lock, WaitGroup, Cond or Once is an independent object, "
                      "so the copy and the original no longer exclude or wait for each other (use a pointer)",
                      name, what);
        }
    }
}

static const rule rule_unguarded_access = {
    .id = "unguarded-access",
    .name = "UnguardedAccess",
    .short_desc = "A shared variable accessed without the mutex that guards it elsewhere",
    .full_desc = "Reports a read or write of a global or a struct field, in code that can run concurrently, "
                 "without the mutex that other accesses of it hold (at least one of the two a write), or "
                 "without the mutex its CO_GUARDED_BY declaration names. Accesses are matched across "
                 "functions by variable or by struct type and field, as RacerD does.",
    .default_level = LEVEL_WARNING,
    .check = check_unguarded_access,
};

static const rule rule_write_under_read_lock = {
    .id = "write-under-read-lock",
    .name = "WriteUnderReadLock",
    .short_desc = "A write while holding only the read lock of the rwmutex that guards the variable",
    .full_desc = "Reports a write to a variable while the goroutine holds only co_rwmutex_rlock of the lock "
                 "that guards it (declared with CO_GUARDED_BY or inferred from other accesses) and no other "
                 "lock. Readers run concurrently, so the write races with them.",
    .default_level = LEVEL_WARNING,
    .check = check_write_under_read_lock,
};

static const rule rule_copied_sync_primitive = {
    .id = "copied-sync-primitive",
    .name = "CopiedSyncPrimitive",
    .short_desc = "A mutex, rwmutex, WaitGroup, Cond or Once copied by value",
    .full_desc = "Reports a co_mutex, co_rwmutex, co_waitgroup, co_cond or co_once (or a struct holding one) "
                 "passed, returned, assigned or initialised by value, and by-value parameters of those types "
                 "(go vet's copylocks). The copy is an independent object.",
    .default_level = LEVEL_WARNING,
    .check = check_copied_sync_primitive,
};

const rule *const rules_guard[] = {
    &rule_unguarded_access, &rule_write_under_read_lock, &rule_copied_sync_primitive, NULL,
};
