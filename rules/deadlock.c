/* rules/deadlock.c: deadlocks between goroutines over locks
 * (lock-order-inversion, blocking-under-lock). Both read the held-locks
 * dataflow of rules/lockset.h per function, match locks and channels across
 * functions by abstract name (a global, or struct type + field), and pair
 * only code that can run in two different goroutines (ls_may_run_apart) and
 * after the first co_go. A lock counts as held only when it is held on
 * every path; trylocks never block and never count as acquisitions. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lockset.h"

#define NAME_LEN 160

static int cmp_loc(ir_loc a, ir_loc b) {
    if (a.file != b.file) return a.file < b.file ? -1 : 1;
    if (a.line != b.line) return a.line < b.line ? -1 : 1;
    if (a.col != b.col) return a.col < b.col ? -1 : 1;
    return 0;
}

/* A blocking acquisition at an event: the lock, its mode and where (for a
 * callee, where inside it). */
typedef struct acquisition {
    ir_key key;
    bool read;
    ir_loc inner;
    const char *via;
} acquisition;

/* The blocking acquisitions event `ev` performs (direct or in a callee). */
static uint32_t acquisitions_at(ls_ctx *cx, analysis *an, const ir_func *fn, const ir_event *ev,
                                acquisition *out, uint32_t max) {
    uint32_t n = 0;
    if (ev->kind != EV_CALL || ev->deferred) return 0;
    if (ev->api != API_NONE) {
        if ((ev->api == API_MUTEX_LOCK || ev->api == API_RW_LOCK || ev->api == API_RW_RLOCK) && ev->nargs > 0 &&
            ev->args[0].obj)
            out[n++] = (acquisition){ ev->args[0].obj, ev->api == API_RW_RLOCK, ev->loc, NULL };
        return n;
    }
    if (ev->func < 0) return 0;
    uint32_t nacq;
    const ls_acq *acq = ls_acquisitions(cx, (uint32_t)ev->func, &nacq);
    for (uint32_t i = 0; i < nacq && n < max; i++) {
        ir_key k = ls_map_key(analysis_tu(an), ev, acq[i].key);
        if (k) out[n++] = (acquisition){ k, acq[i].read, acq[i].loc, acq[i].via ? acq[i].via : ls_tu(cx)->funcs[ev->func].name };
    }
    (void)fn;
    return n;
}

/* ---- lock-order-inversion ---------------------------------------------------- */
typedef struct order_edge {
    char a[NAME_LEN], b[NAME_LEN];         /* abstract lock names: b taken while a held */
    char aname[NAME_LEN], bname[NAME_LEN]; /* spelled in func */
    bool a_read, b_read;
    uint32_t func;
    ir_loc loc;        /* the acquisition of b (the event in func) */
    ir_loc inner;      /* where b is taken, inside a callee when via */
    const char *via;
    ir_loc held;       /* where a was taken */
    bool has_held;
} order_edge;

typedef struct edges { order_edge *v; uint32_t n, cap; ls_ctx *cx; rule_ctx *rc; } edges;

static void edge_visit(ls_fn *lf, const ls_state *st, const ir_event *ev, uint32_t index, void *ud) {
    edges *E = ud;
    analysis *an = rc_analysis(E->rc);
    const ir_tu *tu = ls_tu(E->cx);
    uint32_t f = ls_fn_index(lf);
    acquisition acq[32];
    uint32_t nacq = acquisitions_at(E->cx, an, ls_fn_func(lf), ev, acq, 32);
    if (!nacq || cg_event_pre_spawn(an, f, index)) return;
    for (uint32_t i = 0; i < nacq; i++) {
        char babs[NAME_LEN];
        if (!ls_abstract(E->cx, f, acq[i].key, babs, sizeof babs)) continue;
        for (uint32_t s = 0; s < ls_nslots(lf); s++) {
            const ls_slot *sl = ls_slot_at(lf, s);
            if (sl->mode == LS_R2 || sl->key == acq[i].key || !ls_must_held(st, (int)s)) continue;
            char aabs[NAME_LEN];
            if (!ls_abstract(E->cx, f, sl->key, aabs, sizeof aabs) || strcmp(aabs, babs) == 0) continue;
            if (E->n >= 4096) return; /* enough to find the cycles of any sane file */
            if (E->n == E->cap) {
                E->cap = E->cap ? E->cap * 2 : 16;
                E->v = realloc(E->v, E->cap * sizeof *E->v);
            }
            order_edge *e = &E->v[E->n++];
            memset(e, 0, sizeof *e);
            snprintf(e->a, sizeof e->a, "%s", aabs);
            snprintf(e->b, sizeof e->b, "%s", babs);
            ls_name(tu, sl->key, true, e->aname, sizeof e->aname);
            ls_name(tu, acq[i].key, true, e->bname, sizeof e->bname);
            e->a_read = sl->mode == LS_R1;
            e->b_read = acq[i].read;
            e->func = f;
            e->loc = ev->loc;
            e->inner = acq[i].inner;
            e->via = acq[i].via;
            e->has_held = ls_site_loc(lf, st, (int)s, &e->held);
        }
    }
}

/* e1: b taken holding a; e2: a taken holding b. Does each wait block? */
static bool edges_deadlock(const order_edge *e1, const order_edge *e2) {
    bool first_blocks = !(e1->b_read && e2->a_read);  /* e1 waits for b, which e2 holds */
    bool second_blocks = !(e2->b_read && e1->a_read);
    return first_blocks && second_blocks;
}

/* Cycles of three locks (A->B, B->C, C->A on three goroutines' paths), with
 * no two-lock inversion among them (that one is reported already). Locks
 * are numbered by abstract name; the first edge found per ordered pair
 * stands for it. */
#define CYCLE_MAX_LOCKS 64

static int lock_id(char names[][NAME_LEN], int *n, const char *abs) {
    for (int i = 0; i < *n; i++)
        if (strcmp(names[i], abs) == 0) return i;
    if (*n >= CYCLE_MAX_LOCKS) return -1;
    snprintf(names[*n], NAME_LEN, "%s", abs);
    return (*n)++;
}

static bool blocks_on(const order_edge *holder, const order_edge *waiter) {
    /* waiter waits for the lock holder holds: blocks unless both are reads */
    return !(waiter->b_read && holder->a_read);
}

static void report_three_cycles(rule_ctx *rc, edges *E) {
    const ir_tu *tu = rc_tu(rc);
    char (*names)[NAME_LEN] = malloc(sizeof(char) * CYCLE_MAX_LOCKS * NAME_LEN);
    int n = 0;
    int32_t (*first)[CYCLE_MAX_LOCKS] = malloc(sizeof(int32_t) * CYCLE_MAX_LOCKS * CYCLE_MAX_LOCKS);
    if (!first || !names) {
        free(first);
        free(names);
        return;
    }
    for (int i = 0; i < CYCLE_MAX_LOCKS; i++)
        for (int j = 0; j < CYCLE_MAX_LOCKS; j++) first[i][j] = -1;
    for (uint32_t e = 0; e < E->n; e++) {
        int a = lock_id(names, &n, E->v[e].a), b = lock_id(names, &n, E->v[e].b);
        if (a < 0 || b < 0) continue;
        if (first[a][b] < 0 || cmp_loc(E->v[e].loc, E->v[first[a][b]].loc) < 0) first[a][b] = (int32_t)e;
    }
    for (int a = 0; a < n; a++)
        for (int b = 0; b < n; b++) {
            if (b == a || first[a][b] < 0 || first[b][a] >= 0) continue;
            for (int c = 0; c < n; c++) {
                if (c == a || c == b || first[b][c] < 0 || first[c][a] < 0) continue;
                if (first[c][b] >= 0 || first[a][c] >= 0) continue;
                const order_edge *e1 = &E->v[first[a][b]], *e2 = &E->v[first[b][c]], *e3 = &E->v[first[c][a]];
                /* report each cycle once: at its earliest edge */
                if (cmp_loc(e1->loc, e2->loc) > 0 || cmp_loc(e1->loc, e3->loc) > 0) continue;
                if (!blocks_on(e2, e1) || !blocks_on(e3, e2) || !blocks_on(e1, e3)) continue;
                if (!ls_may_run_apart(E->cx, e1->func, e2->func) || !ls_may_run_apart(E->cx, e2->func, e3->func) ||
                    !ls_may_run_apart(E->cx, e1->func, e3->func))
                    continue;
                const char *f2 = tu->funcs[e2->func].name, *f3 = tu->funcs[e3->func].name;
                diag *d = rc_report(rc, e1->loc,
                                    "lock order cycle: %s is locked while holding %s, %s() locks %s while holding %s "
                                    "(line %u), and %s() locks %s while holding %s (line %u): three goroutines on "
                                    "these paths can each hold one lock and wait for the next forever",
                                    e1->bname, e1->aname, f2, e2->bname, e2->aname, e2->loc.line, f3, e3->bname,
                                    e3->aname, e3->loc.line);
                const order_edge *cyc[3] = { e1, e2, e3 };
                for (int k = 0; k < 3; k++) {
                    const char *fk = tu->funcs[cyc[k]->func].name;
                    if (cyc[k]->has_held)
                        diag_add_step(d, rc_loc(rc, cyc[k]->held), "%s(): %s locked", fk, cyc[k]->aname);
                    diag_add_step(d, rc_loc(rc, cyc[k]->loc), "%s(): waits for %s", fk, cyc[k]->bname);
                    if (k > 0) diag_add_related(d, rc_loc(rc, cyc[k]->loc), "%s() locks %s here while holding %s", fk,
                                                cyc[k]->bname, cyc[k]->aname);
                }
            }
        }
    free(first);
    free(names);
}

static void check_lock_order_inversion(rule_ctx *rc) {
    const ir_tu *tu = rc_tu(rc);
    edges E = { 0 };
    E.cx = ls_ctx_new(rc);
    E.rc = rc;
    for (uint32_t f = 0; f < tu->nfuncs; f++) {
        ls_fn *lf = ls_fn_solve(E.cx, f);
        ls_fn_walk(lf, edge_visit, &E);
        ls_fn_free(lf);
    }
    bool *done = calloc(E.n ? E.n : 1, sizeof *done);
    for (uint32_t i = 0; i < E.n; i++) {
        if (done[i]) continue;
        /* All edges of this unordered pair; report once, at the earliest. */
        const order_edge *best1 = NULL, *best2 = NULL;
        for (uint32_t j = 0; j < E.n; j++) {
            const order_edge *x = &E.v[j];
            bool same = strcmp(x->a, E.v[i].a) == 0 && strcmp(x->b, E.v[i].b) == 0;
            bool rev = strcmp(x->a, E.v[i].b) == 0 && strcmp(x->b, E.v[i].a) == 0;
            if (!same && !rev) continue;
            done[j] = true;
            for (uint32_t k = 0; k < E.n; k++) {
                const order_edge *y = &E.v[k];
                if (strcmp(y->a, x->b) != 0 || strcmp(y->b, x->a) != 0) continue;
                if (!edges_deadlock(x, y) || !ls_may_run_apart(E.cx, x->func, y->func)) continue;
                if (!best1 || cmp_loc(x->loc, best1->loc) < 0 ||
                    (cmp_loc(x->loc, best1->loc) == 0 && cmp_loc(y->loc, best2->loc) < 0)) {
                    best1 = x;
                    best2 = y;
                }
            }
        }
        if (!best1) continue;
        const char *f2 = tu->funcs[best2->func].name;
        diag *d = rc_report(rc, best1->loc,
                            "lock order inversion: %s is locked while holding %s, but %s() locks %s while "
                            "holding %s (line %u): two goroutines on these paths can each take one lock and "
                            "wait for the other forever",
                            best1->bname, best1->aname, f2, best2->bname, best2->aname, best2->loc.line);
        if (best1->has_held) diag_add_related(d, rc_loc(rc, best1->held), "%s locked here", best1->aname);
        if (best1->via) diag_add_related(d, rc_loc(rc, best1->inner), "%s locked here, inside %s()", best1->bname, best1->via);
        if (best2->has_held) diag_add_related(d, rc_loc(rc, best2->held), "%s() locks %s here", f2, best2->aname);
        diag_add_related(d, rc_loc(rc, best2->loc), "%s() then locks %s here", f2, best2->bname);
        if (best1->has_held) diag_add_step(d, rc_loc(rc, best1->held), "goroutine 1: %s locked", best1->aname);
        diag_add_step(d, rc_loc(rc, best1->loc), "goroutine 1: waits for %s", best1->bname);
        if (best2->has_held) diag_add_step(d, rc_loc(rc, best2->held), "goroutine 2 (%s): %s locked", f2, best2->aname);
        diag_add_step(d, rc_loc(rc, best2->loc), "goroutine 2 (%s): waits for %s", f2, best2->bname);
    }
    free(done);
    report_three_cycles(rc, &E);
    free(E.v);
    ls_ctx_free(E.cx);
}

/* ---- blocking-under-lock ---------------------------------------------------- */
typedef enum wake_kind { WAKE_SENDER, WAKE_RECEIVER, WAKE_WAITGROUP, WAKE_COND } wake_kind;

typedef struct need { char abs[NAME_LEN]; bool read; ir_key key; } need;

/* An event that can unblock a waiter of `kind` on `obj`, and the locks its
 * goroutine has taken on every path before reaching it. */
typedef struct waker {
    wake_kind kind;
    char obj[NAME_LEN];
    uint32_t func;
    ir_loc loc;
    const char *api;   /* what it calls */
    uint8_t nneeds;
    need needs[8];
} waker;

typedef struct wakers { waker *v; uint32_t n, cap; ls_ctx *cx; rule_ctx *rc; } wakers;

static void waker_add(wakers *W, ls_fn *lf, const ls_state *st, wake_kind kind, ir_key obj, ir_loc loc,
                      const char *api) {
    waker w;
    memset(&w, 0, sizeof w);
    uint32_t f = ls_fn_index(lf);
    if (!ls_abstract(W->cx, f, obj, w.obj, sizeof w.obj)) return;
    w.kind = kind;
    w.func = f;
    w.loc = loc;
    w.api = api;
    for (uint32_t s = 0; s < ls_nslots(lf) && w.nneeds < 8; s++) {
        const ls_slot *sl = ls_slot_at(lf, s);
        if (sl->mode == LS_R2 || !(st->ever & (1ull << s))) continue;
        need *nd = &w.needs[w.nneeds];
        if (!ls_abstract(W->cx, f, sl->key, nd->abs, sizeof nd->abs)) continue;
        nd->read = sl->mode == LS_R1;
        nd->key = sl->key;
        w.nneeds++;
    }
    if (W->n >= 4096) return;
    if (W->n == W->cap) {
        W->cap = W->cap ? W->cap * 2 : 16;
        W->v = realloc(W->v, W->cap * sizeof *W->v);
    }
    W->v[W->n++] = w;
}

static void waker_visit(ls_fn *lf, const ls_state *st, const ir_event *ev, uint32_t index, void *ud) {
    wakers *W = ud;
    analysis *an = rc_analysis(W->rc);
    const ir_func *fn = ls_fn_func(lf);
    if (cg_event_pre_spawn(an, ls_fn_index(lf), index)) return;
    if (ev->kind != EV_CALL) return;
    ir_key obj;
    ir_api api = ls_call_api(fn, ev, &obj);
    switch (api) {
    case API_CHAN_RECV: waker_add(W, lf, st, WAKE_SENDER, obj, ev->loc, "co_chan_recv"); return;
    case API_CHAN_SEND: waker_add(W, lf, st, WAKE_RECEIVER, obj, ev->loc, "co_chan_send"); return;
    case API_CHAN_CLOSE: waker_add(W, lf, st, WAKE_RECEIVER, obj, ev->loc, "co_chan_close"); return;
    case API_WG_DONE: waker_add(W, lf, st, WAKE_WAITGROUP, obj, ev->loc, "co_wg_done"); return;
    case API_WG_ADD:
        if (ev->nargs > 1 && ev->args[1].has_const && ev->args[1].const_val < 0)
            waker_add(W, lf, st, WAKE_WAITGROUP, obj, ev->loc, "co_wg_add");
        return;
    case API_COND_SIGNAL: waker_add(W, lf, st, WAKE_COND, obj, ev->loc, "co_cond_signal"); return;
    case API_COND_BROADCAST: waker_add(W, lf, st, WAKE_COND, obj, ev->loc, "co_cond_broadcast"); return;
    case API_SELECT: case API_SELECT_TRY:
        for (uint32_t c = 0; c < ev->ncases; c++)
            waker_add(W, lf, st, ev->cases[c].op == 2 ? WAKE_RECEIVER : WAKE_SENDER, ev->cases[c].chan.obj,
                      ev->loc, ev->cases[c].op == 2 ? "co_chan_send" : "co_chan_recv");
        return;
    case API_NONE: break;
    default: return;
    }
    if (ev->func < 0) return;
    const fn_summary *sm = summary_of(an, (uint32_t)ev->func);
    for (uint32_t i = 0; sm && i < sm->neffects; i++) {
        const fn_effect *fx = &sm->effects[i];
        wake_kind k;
        const char *name;
        switch (fx->kind) {
        case EFF_WG_DONE: k = WAKE_WAITGROUP; name = "co_wg_done"; break;
        case EFF_CHAN_RECV: k = WAKE_SENDER; name = "co_chan_recv"; break;
        case EFF_CHAN_SEND: k = WAKE_RECEIVER; name = "co_chan_send"; break;
        case EFF_CHAN_CLOSE: k = WAKE_RECEIVER; name = "co_chan_close"; break;
        default: continue;
        }
        ir_key key = ls_map_key(analysis_tu(an), ev, fx->key);
        if (key) waker_add(W, lf, st, k, key, ev->loc, name);
    }
}

/* Is every co_chan_make stored into this channel's abstract location given
 * a constant non-zero capacity? Then a single send finds room. */
static bool chan_known_buffered(ls_ctx *cx, const char *chan_abs) {
    const ir_tu *tu = ls_tu(cx);
    bool any = false;
    char buf[NAME_LEN];
    for (uint32_t f = 0; f < tu->nfuncs; f++) {
        const ir_func *fn = &tu->funcs[f];
        for (uint32_t e = 0; e < fn->nevents; e++) {
            const ir_event *ev = &fn->events[e];
            if (ev->kind != EV_CALL || ev->api != API_CHAN_MAKE || !ev->key) continue;
            if (!ls_abstract(cx, f, ev->key, buf, sizeof buf) || strcmp(buf, chan_abs) != 0) continue;
            if (ev->nargs < 2 || !ev->args[1].has_const || ev->args[1].const_val <= 0) return false;
            any = true;
        }
    }
    return any;
}

/* Where function f first takes lock `key` (directly or through a callee). */
static bool first_lock_loc(ls_ctx *cx, analysis *an, uint32_t f, ir_key key, ir_loc *out) {
    const ir_func *fn = &ls_tu(cx)->funcs[f];
    for (uint32_t e = 0; e < fn->nevents; e++) {
        acquisition acq[32];
        uint32_t n = acquisitions_at(cx, an, fn, &fn->events[e], acq, 32);
        for (uint32_t i = 0; i < n; i++)
            if (acq[i].key == key) {
                *out = fn->events[e].loc;
                return true;
            }
    }
    return false;
}

typedef struct block_ud { wakers *W; rule_ctx *rc; ls_ctx *cx; } block_ud;

static void blocking_visit(ls_fn *lf, const ls_state *st, const ir_event *ev, uint32_t index, void *udv) {
    block_ud *u = udv;
    rule_ctx *rc = u->rc;
    analysis *an = rc_analysis(rc);
    const ir_tu *tu = rc_tu(rc);
    uint32_t f = ls_fn_index(lf);
    if (ev->kind != EV_CALL || ev->deferred || ev->nargs < 1) return;
    wake_kind want;
    switch (ev->api) {
    case API_CHAN_SEND: want = WAKE_SENDER; break;
    case API_CHAN_RECV: want = WAKE_RECEIVER; break;
    case API_WG_WAIT: want = WAKE_WAITGROUP; break;
    case API_COND_WAIT: want = WAKE_COND; break;
    default: return;
    }
    if (cg_event_pre_spawn(an, f, index)) return;
    ir_key obj = ev->args[0].obj;
    ir_key own_mutex = ev->api == API_COND_WAIT && ev->nargs > 1 ? ev->args[1].obj : 0;
    char oabs[NAME_LEN];
    if (!ls_abstract(u->cx, f, obj, oabs, sizeof oabs)) return;
    if (want == WAKE_SENDER && chan_known_buffered(u->cx, oabs)) return;
    for (uint32_t s = 0; s < ls_nslots(lf); s++) {
        const ls_slot *sl = ls_slot_at(lf, s);
        if (sl->mode == LS_R2 || sl->key == own_mutex || !ls_must_held(st, (int)s)) continue;
        char mabs[NAME_LEN];
        if (!ls_abstract(u->cx, f, sl->key, mabs, sizeof mabs)) continue;
        bool held_read = sl->mode == LS_R1;
        /* Every goroutine that could end the wait must need M first. */
        const waker *wk = NULL;
        const need *nd = NULL;
        bool some_free = false;
        for (uint32_t w = 0; w < u->W->n && !some_free; w++) {
            const waker *x = &u->W->v[w];
            if (x->kind != want || strcmp(x->obj, oabs) != 0) continue;
            if (!ls_may_run_apart(u->cx, f, x->func)) continue;
            const need *xn = NULL;
            for (uint8_t k = 0; k < x->nneeds && !xn; k++)
                if (strcmp(x->needs[k].abs, mabs) == 0 && !(held_read && x->needs[k].read)) xn = &x->needs[k];
            if (!xn) some_free = true;
            else if (!wk) { wk = x; nd = xn; }
        }
        if (!wk || some_free) continue;
        {
            char oname[NAME_LEN], mname[NAME_LEN];
            ls_name(tu, obj, true, oname, sizeof oname);
            ls_name(tu, sl->key, true, mname, sizeof mname);
            const char *f2 = tu->funcs[wk->func].name;
            diag *d = rc_report(rc, ev->loc,
                                "%s on %s while holding %s, but %s() needs %s before it calls %s, the only "
                                "thing that would unblock this wait: neither goroutine can proceed",
                                ir_api_name(ev->api), oname, mname, f2, mname, wk->api);
            ir_loc l;
            if (ls_site_loc(lf, st, (int)s, &l)) diag_add_related(d, rc_loc(rc, l), "%s locked here", mname);
            if (first_lock_loc(u->cx, an, wk->func, nd->key, &l))
                diag_add_related(d, rc_loc(rc, l), "%s() locks %s here", f2, mname);
            diag_add_related(d, rc_loc(rc, wk->loc), "%s() calls %s here", f2, wk->api);
            return; /* one finding per blocking call */
        }
    }
}

static void check_blocking_under_lock(rule_ctx *rc) {
    const ir_tu *tu = rc_tu(rc);
    wakers W = { 0 };
    W.cx = ls_ctx_new(rc);
    W.rc = rc;
    for (uint32_t f = 0; f < tu->nfuncs; f++) {
        ls_fn *lf = ls_fn_solve(W.cx, f);
        ls_fn_walk(lf, waker_visit, &W);
        ls_fn_free(lf);
    }
    if (W.n) {
        block_ud u = { &W, rc, W.cx };
        for (uint32_t f = 0; f < tu->nfuncs; f++) {
            ls_fn *lf = ls_fn_solve(W.cx, f);
            ls_fn_walk(lf, blocking_visit, &u);
            ls_fn_free(lf);
        }
    }
    free(W.v);
    ls_ctx_free(W.cx);
}

static const rule rule_lock_order_inversion = {
    .id = "lock-order-inversion",
    .name = "LockOrderInversion",
    .short_desc = "Two locks taken in opposite orders by code that can run in different goroutines",
    .full_desc = "Reports lock B taken while holding lock A on one path and A taken while holding B on "
                 "another, where the two paths can run in different goroutines (directly or through "
                 "callees): the AB-BA deadlock. Both acquisition paths are given.",
    .default_level = LEVEL_WARNING,
    .check = check_lock_order_inversion,
};

static const rule rule_blocking_under_lock = {
    .id = "blocking-under-lock",
    .name = "BlockingUnderLock",
    .short_desc = "A blocking wait under a mutex that the goroutine able to end the wait needs first",
    .full_desc = "Reports a blocking channel send/receive, co_wg_wait or co_cond_wait (on another mutex's "
                 "condition) while holding mutex M, where every goroutine that could unblock it (the other "
                 "side of the channel, the caller of co_wg_done, the signaller) locks M first.",
    .default_level = LEVEL_WARNING,
    .check = check_blocking_under_lock,
};

const rule *const rules_deadlock[] = { &rule_lock_order_inversion, &rule_blocking_under_lock, NULL };
