/* rules/chan.c: channel rules and goroutine leaks (issue 4): goroutine-leak,
 * chan-send-no-receiver, chan-recv-no-sender, chan-double-close,
 * chan-send-after-close. A channel is named by the lvalue holding its
 * pointer (its "value key": `ch`, `p.jobs`, `req->reply`). Precision first:
 * a channel whose pointer reaches code cvet cannot follow (an unknown
 * function, a global, a return value) has an unknown counterpart and is
 * never reported on; every finding describes a path of the CFG. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "rule.h"

#define SAT 250 /* saturating counters: "many" */
#define CASE_RECV 1 /* ir_select_case.op */
#define CASE_SEND 2

/* ======================================================================
 * Common helpers
 * ====================================================================== */

static ir_key strip_deref(const ir_tu *tu, ir_key k) {
    if (k && tu->keys[k].kind == KEY_DEREF) return tu->keys[k].parent;
    return k;
}

/* The value key of a channel operand: the lvalue holding the pointer. */
static ir_key chan_val(const ir_tu *tu, const ir_operand *op) {
    if (op->value) return op->value;
    return strip_deref(tu, op->obj);
}

/* Does an operand key give access to the channel held in `val` (it is the
 * lvalue itself, the channel object, or a struct/pointer containing it)? */
static bool relates(const ir_tu *tu, ir_key k, ir_key val) {
    if (!k || !val) return false;
    return ir_key_is_prefix(tu, k, val) || ir_key_is_prefix(tu, strip_deref(tu, k), val);
}

static bool operand_relates(const ir_tu *tu, const ir_operand *op, ir_key val) {
    return relates(tu, op->value, val) || relates(tu, op->obj, val);
}

/* Keys through an array element stand for every element at once (the IR
 * collapses indices), so cvet cannot tell one channel from another there. */
static bool has_index(const ir_tu *tu, ir_key k) {
    for (int depth = 0; k && depth < 64; depth++) {
        if (tu->keys[k].kind == KEY_INDEX) return true;
        if (tu->keys[k].kind != KEY_FIELD && tu->keys[k].kind != KEY_DEREF) return false;
        k = tu->keys[k].parent;
    }
    return false;
}

static const char *kstr(const ir_tu *tu, ir_key k, char *buf, size_t len) {
    return ir_key_str(tu, k, buf, len);
}

static uint8_t sat_add(unsigned a, unsigned b) { return (uint8_t)(a + b > SAT ? SAT : a + b); }

/* The api a (possibly deferred) call performs, its first operand, and where
 * to point at it (a guard's scope exit points at the guard). */
static ir_api call_api(const ir_func *fn, const ir_event *ev, const ir_operand **a0, ir_loc *loc) {
    *a0 = NULL;
    *loc = ev->loc;
    if (ev->kind != EV_CALL) return API_NONE;
    const ir_event *d = NULL;
    if (ev->deferred && ev->defer_event >= 0 && (uint32_t)ev->defer_event < fn->nevents &&
        fn->events[ev->defer_event].kind == EV_DEFER)
        d = &fn->events[ev->defer_event];
    if (d) *loc = d->loc;
    if (ev->api != API_NONE) {
        if (ev->nargs > 0 && (ev->args[0].obj || ev->args[0].value)) *a0 = &ev->args[0];
        else if (d && d->nargs > 0) *a0 = &d->args[0];
        return ev->api;
    }
    if (d) {
        if (d->nargs > 0) *a0 = &d->args[0];
        return d->api;
    }
    return API_NONE;
}

static uint32_t *event_blocks(const ir_func *fn) {
    uint32_t *eb = calloc(fn->nevents ? fn->nevents : 1, sizeof *eb);
    for (uint32_t b = 0; b < fn->nblocks; b++)
        for (uint32_t i = 0; i < fn->blocks[b].nevents; i++) eb[fn->blocks[b].first_event + i] = b;
    return eb;
}

static bool block_in_loop(const ir_func *fn, uint32_t b, int32_t loop) {
    if (b >= fn->nblocks || b == fn->exit) return false;
    for (int32_t l = fn->blocks[b].loop; l >= 0; l = fn->loops[l].parent)
        if (l == loop) return true;
    return false;
}

/* Number of goroutines a spawn in block b starts: the product of the
 * constant trip counts of its loops, 1 when any is unknown. */
static int64_t spawn_multiplicity(const ir_func *fn, uint32_t b) {
    int64_t n = 1;
    for (int32_t l = fn->blocks[b].loop; l >= 0; l = fn->loops[l].parent) {
        if (fn->loops[l].trip_count <= 0) return 1;
        n *= fn->loops[l].trip_count;
        if (n > SAT) return SAT;
    }
    return n;
}


/* What the callee of a call/spawn does to the channel held in caller key
 * `val`: 0 nothing, 1 on some path, 2 on every path (and it returns). */
static int callee_does(analysis *an, const ir_event *call, eff_kind kind, ir_key val, ir_loc *where) {
    const ir_tu *tu = analysis_tu(an);
    int32_t g = call->func;
    if (call->kind == EV_SPAWN && g < 0 && call->nargs) g = call->args[0].func;
    if (g < 0 || (uint32_t)g >= tu->nfuncs) return 0;
    const fn_summary *s = summary_of(an, (uint32_t)g);
    int best = 0;
    for (uint32_t i = 0; s && i < s->neffects; i++) {
        const fn_effect *fx = &s->effects[i];
        if (fx->kind != kind) continue;
        ir_key m = summary_map_key(an, call, fx->key);
        bool hit = kind == EFF_ESCAPE ? relates(tu, m, val) : (m && strip_deref(tu, m) == val);
        if (!hit) continue;
        int v = (fx->must && s->returns) ? 2 : 1;
        if (v > best) {
            best = v;
            if (where) *where = fx->loc;
        }
    }
    return best;
}

/* Does the loop containing recv event `r` end only through `r` returning
 * false (the channel closed)? */
static bool loop_ends_only_on_close(const ir_func *fn, int32_t loop, uint32_t r) {
    if (loop < 0) return false;
    for (uint32_t b = 0; b < fn->nblocks; b++) {
        if (!block_in_loop(fn, b, loop)) continue;
        const ir_block *blk = &fn->blocks[b];
        for (uint32_t s = 0; s < blk->nsuccs; s++) {
            const ir_edge *e = &blk->succs[s];
            if (block_in_loop(fn, e->to, loop)) continue;
            bool on_close = e->event == (int32_t)r &&
                            (e->cond == COND_ZERO || (e->cond == COND_EQ && e->value == 0));
            if (!on_close) return false;
        }
    }
    return true;
}

/* Is there a path from just after event `from` to event `to` on which no
 * event satisfies stop()? */
typedef bool (*stop_fn)(analysis *an, const ir_func *fn, const ir_event *ev);

static bool path_between(analysis *an, const ir_func *fn, const uint32_t *eb, uint32_t from, uint32_t to,
                         stop_fn stop) {
    uint32_t n = fn->nblocks;
    bool *seen = calloc(n ? n : 1, sizeof *seen);
    uint32_t *queue = malloc(sizeof *queue * (n + 1));
    uint32_t head = 0, tail = 0;
    bool found = false;
    /* the rest of from's block */
    uint32_t fb = eb[from];
    const ir_block *blk = &fn->blocks[fb];
    bool blocked = false;
    for (uint32_t i = from + 1; i < blk->first_event + blk->nevents; i++) {
        if (i == to) { found = true; break; }
        if (stop && stop(an, fn, &fn->events[i])) { blocked = true; break; }
    }
    if (!found && !blocked)
        for (uint32_t s = 0; s < blk->nsuccs; s++) {
            uint32_t t = blk->succs[s].to;
            if (t < n && !seen[t]) { seen[t] = true; queue[tail++] = t; }
        }
    while (!found && head < tail) {
        uint32_t b = queue[head++];
        const ir_block *bb = &fn->blocks[b];
        bool stopped = false;
        for (uint32_t i = bb->first_event; i < bb->first_event + bb->nevents; i++) {
            if (i == to) { found = true; break; }
            if (stop && stop(an, fn, &fn->events[i])) { stopped = true; break; }
        }
        if (found || stopped) continue;
        for (uint32_t s = 0; s < bb->nsuccs; s++) {
            uint32_t t = bb->succs[s].to;
            if (t < n && !seen[t]) { seen[t] = true; queue[tail++] = t; }
        }
    }
    free(seen);
    free(queue);
    return found;
}

/* The co_main entry: the only goroutine running before the first co_go. */
static bool is_main_goroutine(analysis *an, uint32_t f) {
    const cg_node *nd = cg_node_of(an, f);
    return nd && nd->is_main && nd->nspawners == 0;
}

/* ======================================================================
 * chan-double-close / chan-send-after-close: "this close may have run and
 * the variable still holds the same channel", per close site.
 * ====================================================================== */

#define MAXSITES 64

typedef struct close_site {
    ir_key val;
    uint32_t ev;
    ir_loc loc;
    const char *helper; /* a helper function that closes it, or NULL */
    bool deferred;      /* a CO_DEFER_CLOSE guard's close at scope exit */
} close_site;

typedef struct close_ctx {
    analysis *an;
    const ir_tu *tu;
    const ir_func *fn;
    close_site sites[MAXSITES];
    uint32_t nsites;
} close_ctx;

/* Channels closed by event ev: direct closes, guard closes, helpers that
 * close what they are given on every path. */
static void collect_close_sites(close_ctx *c) {
    const ir_func *fn = c->fn;
    for (uint32_t e = 0; e < fn->nevents && c->nsites < MAXSITES; e++) {
        const ir_event *ev = &fn->events[e];
        const ir_operand *a0;
        ir_loc loc;
        ir_api api = call_api(fn, ev, &a0, &loc);
        if (api == API_CHAN_CLOSE && a0) {
            ir_key v = chan_val(c->tu, a0);
            if (v && !has_index(c->tu, v)) c->sites[c->nsites++] = (close_site){ v, e, loc, NULL, ev->deferred };
        } else if (ev->kind == EV_CALL && ev->api == API_NONE && ev->func >= 0 && !ev->deferred) {
            const fn_summary *s = summary_of(c->an, (uint32_t)ev->func);
            for (uint32_t i = 0; s && i < s->neffects && c->nsites < MAXSITES; i++) {
                const fn_effect *fx = &s->effects[i];
                if (fx->kind != EFF_CHAN_CLOSE || !fx->must || !s->returns) continue;
                ir_key v = strip_deref(c->tu, summary_map_key(c->an, ev, fx->key));
                if (v && !has_index(c->tu, v)) c->sites[c->nsites++] = (close_site){ v, e, ev->loc, ev->callee, false };
            }
        }
    }
}

static void cl_zero(void *st, void *ctx) { (void)ctx; memset(st, 0, sizeof(df_bits)); }
static void cl_join(void *dst, const void *src, void *ctx) {
    (void)ctx;
    df_bits *d = dst;
    const df_bits *s = src;
    for (unsigned i = 0; i < DF_BITS / 64; i++) d->w[i] |= s->w[i];
}

/* The lvalue an event (re)assigns, if any. The assignment the frontend
 * emits right after a call that stores its result (`ch = co_chan_make(..)`
 * is a call with key ch, then an assign of ch) is that call's own write. */
static ir_key written_key_in(const ir_func *fn, const ir_event *ev) {
    uint32_t e = (uint32_t)(ev - fn->events);
    if (ev->kind == EV_ASSIGN || ev->kind == EV_WRITE) {
        uint32_t j = e;
        while (j > 0 && (fn->events[j - 1].kind == EV_ASSIGN || fn->events[j - 1].kind == EV_WRITE) &&
               fn->events[j - 1].key == ev->key)
            j--;
        if (j > 0 && fn->events[j - 1].kind == EV_CALL && fn->events[j - 1].key == ev->key) return 0;
    }
    if (ev->kind == EV_ASSIGN || ev->kind == EV_WRITE) return ev->key;
    if (ev->kind == EV_CALL && ev->key) return ev->key;
    return 0;
}

static void cl_transfer(void *st, const ir_func *fn, const ir_event *ev, void *vctx) {
    close_ctx *c = vctx;
    uint32_t e = (uint32_t)(ev - fn->events);
    ir_key w = written_key_in(fn, ev);
    if (w && c->tu->keys[w].kind != KEY_TEMP)
        for (uint32_t s = 0; s < c->nsites; s++)
            if (ir_key_is_prefix(c->tu, w, c->sites[s].val)) df_bit_clear(st, s);
    for (uint32_t s = 0; s < c->nsites; s++)
        if (c->sites[s].ev == e) df_bit_set(st, s);
}

/* A close site of `val` that may have run before (state), or -1. */
static int closed_before(const close_ctx *c, const df_bits *st, ir_key val) {
    for (uint32_t s = 0; s < c->nsites; s++)
        if (df_bit_get(st, s) && c->sites[s].val == val) return (int)s;
    return -1;
}

typedef struct close_visit {
    close_ctx *c;
    rule_ctx *rc;
    bool double_close; /* which rule is running */
} close_visit;

static void report_after_close(close_visit *v, const close_site *prior, ir_loc at, ir_key val, const char *what,
                               bool is_close, uint32_t ev_index) {
    char name[256];
    const ir_tu *tu = v->c->tu;
    kstr(tu, val, name, sizeof name);
    bool same = prior->ev == ev_index;
    char when[160];
    if (same)
        snprintf(when, sizeof when, "by this close in an earlier iteration of the loop");
    else if (prior->helper)
        snprintf(when, sizeof when, "at line %u (by %s())", prior->loc.line, prior->helper);
    else if (prior->deferred)
        snprintf(when, sizeof when, "by the CO_DEFER_CLOSE guard of line %u when its scope ended", prior->loc.line);
    else
        snprintf(when, sizeof when, "at line %u", prior->loc.line);
    diag *d;
    const close_site *cur = NULL;
    for (uint32_t s = 0; s < v->c->nsites; s++)
        if (v->c->sites[s].ev == ev_index && v->c->sites[s].val == val) cur = &v->c->sites[s];
    if (is_close && cur && cur->deferred)
        d = rc_report(v->rc, at, "second close of %s panics: this CO_DEFER_CLOSE guard closes it at scope exit, "
                      "but it is already closed %s; drop the explicit close or the guard", name, when);
    else if (is_close)
        d = rc_report(v->rc, at, "second close of %s panics: it is already closed %s on a path to here",
                      name, when);
    else
        d = rc_report(v->rc, at, "%s on %s after it was closed %s panics (send on closed channel)", what, name,
                      when);
    if (!d) return;
    diag_add_related(d, rc_loc(v->rc, prior->loc), "%s closed here", name);
    diag_add_step(d, rc_loc(v->rc, prior->loc), "%s is closed", name);
    diag_add_step(d, rc_loc(v->rc, at), is_close ? "closed again: panic" : "sent on after close: panic");
}

static void cl_visit(const void *state, const ir_event *ev, uint32_t idx, void *ud) {
    close_visit *v = ud;
    close_ctx *c = v->c;
    const df_bits *st = state;
    if (v->double_close) {
        for (uint32_t s = 0; s < c->nsites; s++) {
            if (c->sites[s].ev != idx) continue;
            int p = closed_before(c, st, c->sites[s].val);
            if (p >= 0) {
                report_after_close(v, &c->sites[p], c->sites[s].loc, c->sites[s].val, "close", true, idx);
                return;
            }
        }
        return;
    }
    /* sends: direct, select cases, helpers that always send */
    const ir_operand *a0;
    ir_loc loc;
    ir_api api = call_api(c->fn, ev, &a0, &loc);
    if (api == API_CHAN_SEND && a0 && !ev->deferred) {
        ir_key val = chan_val(c->tu, a0);
        int p = closed_before(c, st, val);
        if (p >= 0) report_after_close(v, &c->sites[p], ev->loc, val, "send", false, idx);
    } else if ((api == API_SELECT || api == API_SELECT_TRY) && ev->cases_known) {
        for (uint32_t k = 0; k < ev->ncases; k++) {
            if (ev->cases[k].op != CASE_SEND) continue;
            ir_key val = chan_val(c->tu, &ev->cases[k].chan);
            int p = closed_before(c, st, val);
            if (p >= 0) {
                report_after_close(v, &c->sites[p], ev->loc, val, "send", false, idx);
                break;
            }
        }
    } else if (ev->kind == EV_CALL && ev->api == API_NONE && ev->func >= 0) {
        for (uint32_t s = 0; s < c->nsites; s++) {
            if (!df_bit_get(st, s)) continue;
            if (callee_does(c->an, ev, EFF_CHAN_SEND, c->sites[s].val, NULL) == 2) {
                char what[128];
                snprintf(what, sizeof what, "%s() sends", ev->callee ? ev->callee : "the callee");
                report_after_close(v, &c->sites[s], ev->loc, c->sites[s].val, what, false, idx);
                break;
            }
        }
    }
}

/* Events after which a parent may know its children stopped sending. */
static bool is_sync_event(analysis *an, const ir_func *fn, const ir_event *ev) {
    (void)fn;
    if (ev->kind == EV_SPAWN) return false;
    if (ev->kind != EV_CALL) return false;
    switch (ev->api) {
    case API_WG_WAIT: case API_CHAN_RECV: case API_SELECT: case API_COND_WAIT:
    case API_MUTEX_LOCK: case API_RW_LOCK: case API_RW_RLOCK: case API_ONCE_DO:
        return true;
    case API_NONE:
        if (ev->func >= 0) {
            const fn_summary *s = summary_of(an, (uint32_t)ev->func);
            for (uint32_t i = 0; s && i < s->neffects; i++)
                if (s->effects[i].kind == EFF_BLOCK) return true;
            return false;
        }
        return !harmless_library_callee(ev->callee);
    default:
        return false;
    }
}

/* Closes in `fn` that race with a spawned goroutine using the channel. */
static void check_cross_goroutine_close(rule_ctx *rc, close_ctx *c, const uint32_t *eb, bool double_close) {
    const ir_func *fn = c->fn;
    const ir_tu *tu = c->tu;
    char name[256];
    for (uint32_t s = 0; s < c->nsites; s++) {
        const close_site *cs = &c->sites[s];
        if (cs->helper) continue;
        for (uint32_t e = 0; e < fn->nevents; e++) {
            const ir_event *sp = &fn->events[e];
            if (sp->kind != EV_SPAWN || sp->func < 0) continue;
            const char *child = tu->funcs[sp->func].name;
            ir_loc where = { 0, 0, 0 };
            if (double_close) {
                if (callee_does(c->an, sp, EFF_CHAN_CLOSE, cs->val, &where) != 2) continue;
                if (!path_between(c->an, fn, eb, e, cs->ev, NULL)) continue;
                kstr(tu, cs->val, name, sizeof name);
                diag *d = rc_report(rc, cs->loc,
                                    "close of %s can panic: goroutine %s (spawned at line %u) also closes it "
                                    "(line %u); let exactly one side close it",
                                    name, child, sp->loc.line, where.line);
                if (d) {
                    diag_add_related(d, rc_loc(rc, sp->loc), "goroutine %s spawned here", child);
                    diag_add_related(d, rc_loc(rc, where), "%s closes %s here", child, name);
                }
                break;
            } else {
                if (callee_does(c->an, sp, EFF_CHAN_SEND, cs->val, &where) == 0) continue;
                if (callee_does(c->an, sp, EFF_CHAN_CLOSE, cs->val, NULL) != 0) continue;
                if (!path_between(c->an, fn, eb, e, cs->ev, is_sync_event)) continue;
                kstr(tu, cs->val, name, sizeof name);
                diag *d = rc_report(rc, cs->loc,
                                    "%s is closed here while goroutine %s (spawned at line %u) can still send on "
                                    "it; its send at line %u panics. Wait for the senders (co_wg_wait) before "
                                    "closing, or let the sender close",
                                    name, child, sp->loc.line, where.line);
                if (d) {
                    diag_add_related(d, rc_loc(rc, sp->loc), "goroutine %s spawned here", child);
                    diag_add_related(d, rc_loc(rc, where), "%s sends on %s here", child, name);
                    diag_add_step(d, rc_loc(rc, sp->loc), "%s starts and sends on %s", child, name);
                    diag_add_step(d, rc_loc(rc, cs->loc), "%s is closed without waiting for %s", name, child);
                    diag_add_step(d, rc_loc(rc, where), "%s sends on the closed channel: panic", child);
                }
                break;
            }
        }
    }
}

static void run_close_rules(rule_ctx *rc, bool double_close) {
    const ir_tu *tu = rc_tu(rc);
    analysis *an = rc_analysis(rc);
    for (uint32_t f = 0; f < tu->nfuncs; f++) {
        const ir_func *fn = &tu->funcs[f];
        if (!fn->nblocks) continue;
        close_ctx *c = calloc(1, sizeof *c);
        c->an = an;
        c->tu = tu;
        c->fn = fn;
        collect_close_sites(c);
        if (c->nsites) {
            df_problem p = { sizeof(df_bits), false, cl_zero, cl_zero, cl_join, cl_transfer, NULL, c };
            df_result *r = df_solve(fn, &p);
            close_visit v = { c, rc, double_close };
            for (uint32_t b = 0; b < fn->nblocks; b++)
                if (df_reached(r, b)) df_walk_block(r, fn, b, cl_visit, &v);
            df_free(r);
            uint32_t *eb = event_blocks(fn);
            check_cross_goroutine_close(rc, c, eb, double_close);
            free(eb);
        }
        free(c);
    }
}

static void check_double_close(rule_ctx *rc) { run_close_rules(rc, true); }
static void check_send_after_close(rule_ctx *rc) { run_close_rules(rc, false); }

/* ======================================================================
 * chan-send-no-receiver / chan-recv-no-sender: channels only this goroutine
 * can reach (made here and not yet handed to anyone), and static channel
 * globals the main goroutine uses before anything can create them. State
 * per channel: tracked or not, the buffered count as a range, closed.
 * ====================================================================== */

#define MAXCH 16

enum { ST_BOTTOM = 0, ST_TRACKED, ST_NULL, ST_UNKNOWN };

typedef struct lchan {
    ir_key val;
    int64_t cap;       /* constant capacity, -1 unknown */
    bool global_null;  /* a static global, NULL at entry of the main goroutine */
} lchan;

typedef struct lstate {
    uint8_t st[MAXCH], lo[MAXCH], hi[MAXCH], cmust[MAXCH], cmay[MAXCH];
} lstate;

typedef struct local_ctx {
    analysis *an;
    const ir_tu *tu;
    const ir_func *fn;
    lchan ch[MAXCH];
    uint32_t nch;
    const uint32_t *eb;
    rule_ctx *rc;
    bool want_send; /* which rule is running */
    uint32_t last_reported;
} local_ctx;

static int find_chan(const local_ctx *c, ir_key val) {
    for (uint32_t i = 0; i < c->nch; i++)
        if (c->ch[i].val == val) return (int)i;
    return -1;
}

static bool global_written_by(const ir_tu *tu, const ir_func *fn, ir_key g) {
    for (uint32_t e = 0; e < fn->nevents; e++) {
        ir_key w = written_key_in(fn, &fn->events[e]);
        if (w && ir_key_is_prefix(tu, g, w)) return true;
    }
    return false;
}

static void collect_local_chans(local_ctx *c, uint32_t f) {
    const ir_tu *tu = c->tu;
    const ir_func *fn = c->fn;
    for (uint32_t e = 0; e < fn->nevents && c->nch < MAXCH; e++) {
        const ir_event *ev = &fn->events[e];
        if (ev->kind != EV_CALL || ev->api != API_CHAN_MAKE || !ev->key) continue;
        if (ir_key_nonlocal(tu, ev->key) || has_index(tu, ev->key)) continue;
        if (tu->keys[ir_key_root(tu, ev->key)].kind != KEY_LOCAL) continue;
        if (find_chan(c, ev->key) >= 0) continue;
        int64_t cap = (ev->nargs > 1 && ev->args[1].has_const) ? ev->args[1].const_val : -1;
        c->ch[c->nch++] = (lchan){ ev->key, cap, false };
    }
    if (!is_main_goroutine(c->an, f)) return;
    const ir_func *cmain = ir_func_by_name(tu, "main");
    for (uint32_t g = 0; g < tu->nglobals && c->nch < MAXCH; g++) {
        const ir_var *gv = &tu->globals[g];
        if (gv->type != TY_CHAN_PTR || !gv->is_static || gv->address_taken || !gv->key) continue;
        /* every function that creates it must run inside the main goroutine's
         * call tree or in a goroutine (not in main() before co_main, not in a
         * constructor or a callback) */
        bool early_writer = false;
        for (uint32_t w = 0; w < tu->nfuncs && !early_writer; w++) {
            if (w == f || !global_written_by(tu, &tu->funcs[w], gv->key)) continue;
            const cg_node *nd = cg_node_of(c->an, w);
            if (!nd || nd->address_taken || (!nd->is_goroutine && !cg_reaches(c->an, f, w))) early_writer = true;
            if (cmain && (cmain->index == w || cg_reaches(c->an, cmain->index, w))) early_writer = true;
        }
        if (early_writer) continue;
        if (find_chan(c, gv->key) >= 0) continue;
        c->ch[c->nch++] = (lchan){ gv->key, -1, true };
    }
}

static void ls_bottom(void *st, void *ctx) { (void)ctx; memset(st, 0, sizeof(lstate)); }
static void ls_boundary(void *vst, void *vctx) {
    local_ctx *c = vctx;
    lstate *st = vst;
    memset(st, 0, sizeof *st);
    for (uint32_t i = 0; i < MAXCH; i++) st->st[i] = ST_UNKNOWN;
    for (uint32_t i = 0; i < c->nch; i++)
        if (c->ch[i].global_null) st->st[i] = ST_NULL;
}
static void ls_join(void *vd, const void *vs, void *ctx) {
    (void)ctx;
    lstate *d = vd;
    const lstate *s = vs;
    for (uint32_t i = 0; i < MAXCH; i++) {
        if (s->st[i] == ST_BOTTOM) continue;
        if (d->st[i] == ST_BOTTOM) {
            d->st[i] = s->st[i]; d->lo[i] = s->lo[i]; d->hi[i] = s->hi[i];
            d->cmust[i] = s->cmust[i]; d->cmay[i] = s->cmay[i];
            continue;
        }
        if (d->st[i] != s->st[i]) d->st[i] = ST_UNKNOWN;
        if (s->lo[i] < d->lo[i]) d->lo[i] = s->lo[i];
        if (s->hi[i] > d->hi[i]) d->hi[i] = s->hi[i];
        d->cmust[i] &= s->cmust[i];
        d->cmay[i] |= s->cmay[i];
    }
}

static void forget(lstate *st, int i) { st->st[i] = ST_UNKNOWN; }

static void op_send(lstate *st, int i) {
    if (st->st[i] != ST_TRACKED) return;
    st->lo[i] = sat_add(st->lo[i], 1);
    st->hi[i] = sat_add(st->hi[i], 1);
}
static void op_recv(lstate *st, int i) {
    if (st->st[i] != ST_TRACKED || st->cmust[i]) return;
    if (st->lo[i]) st->lo[i]--;
    if (st->hi[i] && !st->cmay[i]) st->hi[i]--;
}
static void op_close(lstate *st, int i) {
    if (st->st[i] != ST_TRACKED) return;
    st->cmust[i] = st->cmay[i] = 1;
}

/* What a user-function call does to tracked channel i: applied to st. */
static void call_effects(local_ctx *c, lstate *st, const ir_event *ev, int i) {
    ir_key val = c->ch[i].val;
    bool related = false;
    for (uint32_t a = 0; a < ev->nargs; a++) related |= operand_relates(c->tu, &ev->args[a], val);
    if (c->ch[i].global_null) { /* any call may run the code that creates it */
        forget(st, i);
        return;
    }
    if (!related) return;
    if (ev->func < 0 || callee_does(c->an, ev, EFF_ESCAPE, val, NULL)) { forget(st, i); return; }
    int snd = callee_does(c->an, ev, EFF_CHAN_SEND, val, NULL);
    int rcv = callee_does(c->an, ev, EFF_CHAN_RECV, val, NULL);
    int cls = callee_does(c->an, ev, EFF_CHAN_CLOSE, val, NULL);
    int fre = callee_does(c->an, ev, EFF_CHAN_FREE, val, NULL);
    if (snd == 1 || rcv == 1 || cls == 1 || fre || (snd && rcv)) { forget(st, i); return; }
    if (snd == 2) op_send(st, i);
    if (rcv == 2) op_recv(st, i);
    if (cls == 2) op_close(st, i);
}

/* Does the event hand a local struct to other code? Its members may hold
 * one of our channels: initializer lists (`struct p x = { ch };`) emit no
 * event, so cvet cannot tell which (see /work/team/IR-REQUESTS.md). */
static bool hands_out_local_struct(const ir_tu *tu, const ir_event *ev, ir_api api) {
    if (ev->kind != EV_SPAWN && !(ev->kind == EV_CALL && !ev->deferred && api != API_CHAN_RECV && api != API_CHAN_CLOSE && api != API_SELECT &&
                                  api != API_SELECT_TRY && !(api == API_NONE && harmless_library_callee(ev->callee))))
        return false;
    for (uint32_t a = api == API_CHAN_SEND ? 1 : 0; a < ev->nargs; a++) { /* a send hands out its value only */
        ir_key ks[2] = { ev->args[a].value, ev->args[a].obj };
        for (int i = 0; i < 2; i++) {
            if (!ks[i]) continue;
            const ir_keyinfo *r = &tu->keys[ir_key_root(tu, ks[i])];
            if (r->kind == KEY_LOCAL && (r->type == TY_AGGREGATE || r->type == TY_STRUCT_WITH_SYNC)) return true;
        }
    }
    return false;
}

static void ls_transfer(void *vst, const ir_func *fn, const ir_event *ev, void *vctx) {
    local_ctx *c = vctx;
    lstate *st = vst;
    const ir_tu *tu = c->tu;
    const ir_operand *a0;
    ir_loc loc;
    ir_api api = call_api(fn, ev, &a0, &loc);
    ir_key w = written_key_in(fn, ev);
    if (hands_out_local_struct(tu, ev, api))
        for (uint32_t i = 0; i < c->nch; i++)
            if (!c->ch[i].global_null && st->st[i] != ST_BOTTOM) forget(st, (int)i);
    for (uint32_t i = 0; i < c->nch; i++) {
        ir_key val = c->ch[i].val;
        if (st->st[i] == ST_BOTTOM) continue;
        if (api == API_CHAN_MAKE && ev->key == val) {
            st->st[i] = ST_TRACKED;
            st->lo[i] = st->hi[i] = st->cmust[i] = st->cmay[i] = 0;
            continue;
        }
        if (w && tu->keys[w].kind != KEY_TEMP && ir_key_is_prefix(tu, w, val)) { forget(st, i); continue; }
        switch (ev->kind) {
        case EV_SPAWN:
            if (c->ch[i].global_null || (ev->nargs > 1 && operand_relates(tu, &ev->args[1], val))) forget(st, i);
            continue;
        case EV_ASSIGN: case EV_RETURN:
            if (ev->nargs && operand_relates(tu, &ev->args[0], val)) forget(st, i);
            continue;
        case EV_CALL: break;
        default: continue;
        }
        if (api == API_NONE) {
            if (!ev->deferred || ev->defer_event < 0) call_effects(c, st, ev, i);
            continue;
        }
        switch (api) {
        case API_CHAN_SEND: case API_CHAN_RECV: case API_CHAN_CLOSE:
            if (a0 && chan_val(tu, a0) == val) {
                if (api == API_CHAN_SEND) op_send(st, i);
                else if (api == API_CHAN_RECV) op_recv(st, i);
                else op_close(st, i);
            }
            if (ev->nargs > 1 && operand_relates(tu, &ev->args[1], val)) forget(st, i); /* sent elsewhere */
            break;
        case API_CHAN_LEN: case API_CHAN_CAP: case API_CHAN_MAKE:
            break;
        case API_CHAN_FREE:
            if (a0 && chan_val(tu, a0) == val) forget(st, i);
            break;
        case API_SELECT: case API_SELECT_TRY:
            if (!ev->cases_known) { forget(st, i); break; }
            for (uint32_t k = 0; k < ev->ncases; k++) {
                if (chan_val(tu, &ev->cases[k].chan) != val) {
                    if (operand_relates(tu, &ev->cases[k].elem, val)) forget(st, i);
                    continue;
                }
                if (st->st[i] != ST_TRACKED) continue;
                if (ev->cases[k].op == CASE_SEND) st->hi[i] = sat_add(st->hi[i], 1);
                else if (st->lo[i] && !st->cmust[i]) st->lo[i]--;
            }
            break;
        default:
            for (uint32_t a = 0; a < ev->nargs; a++)
                if (operand_relates(tu, &ev->args[a], val)) forget(st, i);
            break;
        }
    }
}

/* Would an operation of kind (CASE_SEND / CASE_RECV) on channel i block
 * forever in state st? Fills `why`. */
static bool dead_op(const local_ctx *c, const lstate *st, int i, int op, char *why, size_t len) {
    if (i < 0) return false;
    char name[256];
    kstr(c->tu, c->ch[i].val, name, sizeof name);
    if (st->st[i] == ST_NULL) {
        snprintf(why, len, "%s is NULL here: nothing has created it yet, and an operation on a NULL channel "
                 "blocks forever", name);
        return true;
    }
    if (st->st[i] != ST_TRACKED || st->cmay[i]) return false;
    if (op == CASE_SEND) {
        int64_t cap = c->ch[i].cap;
        if (cap < 0 || st->lo[i] < cap) return false;
        if (cap == 0)
            snprintf(why, len, "%s is unbuffered and no other goroutine can reach it yet", name);
        else
            snprintf(why, len, "its buffer of %lld is already full and no other goroutine can reach it yet",
                     (long long)cap);
        return true;
    }
    if (st->hi[i] != 0) return false;
    snprintf(why, len, "%s is empty and no other goroutine can reach it to send", name);
    return true;
}

static void report_local(local_ctx *c, ir_loc at, const char *fmt_op, int i, const char *why, bool send) {
    char name[256];
    kstr(c->tu, c->ch[i].val, name, sizeof name);
    const char *fix = c->ch[i].global_null ? "; create it (co_chan_make) before any goroutine uses it"
                      : send ? "; start the receiver first, or give the channel room"
                             : "; start the sender first, or close the channel";
    rc_report(c->rc, at, "%s %s blocks forever: %s%s", fmt_op, name, why, fix);
}

/* A goroutine started while a static channel global is still NULL, that
 * receives from (sends on) it and does not create it: if it gets there
 * before the main goroutine makes the channel, it blocks forever on NULL
 * (the seed's "goroutine started in init() before the channel exists"). */
/* Does gf block on something (a start signal, a WaitGroup, a lock, a sleep)
 * before its first use of global G? Then whoever releases it may make G
 * first: not followed, so not reported. Event order stands for program
 * order here. */
static bool waits_before_using(analysis *an, const ir_func *gf, ir_key G) {
    const ir_tu *tu = analysis_tu(an);
    for (uint32_t e = 0; e < gf->nevents; e++) {
        const ir_event *ev = &gf->events[e];
        if (ev->kind != EV_CALL || ev->deferred) continue;
        bool uses = false;
        for (uint32_t a = 0; a < ev->nargs && !uses; a++) uses = operand_relates(tu, &ev->args[a], G);
        for (uint32_t k = 0; k < ev->ncases && !uses; k++) uses = operand_relates(tu, &ev->cases[k].chan, G);
        if (uses) return false;
        switch (ev->api) {
        case API_CHAN_RECV: case API_SELECT: case API_WG_WAIT: case API_COND_WAIT: case API_MUTEX_LOCK:
        case API_RW_LOCK: case API_RW_RLOCK: case API_SLEEP: case API_ONCE_DO:
            return true;
        case API_NONE:
            if (ev->func < 0 || (uint32_t)ev->func >= tu->nfuncs) break;
            if (callee_does(an, ev, EFF_CHAN_RECV, G, NULL) || callee_does(an, ev, EFF_CHAN_SEND, G, NULL))
                return false; /* a helper that uses G comes first */
            if (summary_find(an, (uint32_t)ev->func, EFF_BLOCK, 0)) return true;
            break;
        default: break;
        }
    }
    return false;
}

static void spawned_before_made(local_ctx *c, const lstate *st, const ir_event *sp) {
    const ir_tu *tu = c->tu;
    int32_t g = sp->func >= 0 ? sp->func : (sp->nargs ? sp->args[0].func : -1);
    if (g < 0 || (uint32_t)g >= tu->nfuncs) return;
    for (uint32_t i = 0; i < c->nch; i++) {
        if (!c->ch[i].global_null || st->st[i] != ST_NULL) continue;
        ir_key G = c->ch[i].val;
        if (!callee_does(c->an, sp, c->want_send ? EFF_CHAN_SEND : EFF_CHAN_RECV, G, NULL)) continue;
        bool creates = false;
        for (uint32_t w = 0; w < tu->nfuncs && !creates; w++)
            creates = (w == (uint32_t)g || cg_reaches(c->an, (uint32_t)g, w)) &&
                      global_written_by(tu, &tu->funcs[w], G);
        if (creates || waits_before_using(c->an, &tu->funcs[g], G)) continue;
        char name[256];
        kstr(tu, G, name, sizeof name);
        diag *d = rc_report(c->rc, sp->loc, "goroutine %s may %s %s before it is made: %s is still NULL when %s "
                            "starts, and %s a NULL channel blocks forever; create %s (co_chan_make) before co_go",
                            tu->funcs[g].name, c->want_send ? "send on" : "receive from", name, name,
                            tu->funcs[g].name, c->want_send ? "a send on" : "a receive from", name);
        diag_add_related(d, rc_loc(c->rc, tu->funcs[g].loc), "%s is defined here", tu->funcs[g].name);
    }
}

static void ls_visit(const void *vstate, const ir_event *ev, uint32_t idx, void *ud) {
    local_ctx *c = ud;
    const lstate *st = vstate;
    const ir_tu *tu = c->tu;
    const ir_func *fn = c->fn;
    const ir_operand *a0;
    ir_loc loc;
    ir_api api = call_api(fn, ev, &a0, &loc);
    char why[1400];
    if (ev->kind == EV_SPAWN) {
        spawned_before_made(c, st, ev);
        return;
    }
    if (ev->kind != EV_CALL || ev->deferred) return;
    if ((api == API_CHAN_SEND || api == API_CHAN_RECV) && a0) {
        int i = find_chan(c, chan_val(tu, a0));
        if (i < 0) return;
        bool send = api == API_CHAN_SEND;
        if (send != c->want_send) return;
        if (dead_op(c, st, i, send ? CASE_SEND : CASE_RECV, why, sizeof why)) {
            report_local(c, ev->loc, send ? "send on" : "receive from", i, why, send);
            return;
        }
        /* while (co_chan_recv(ch, ..)) over a channel nobody closes */
        if (!send && st->st[i] == ST_TRACKED && !st->cmay[i] && ev->in_condition) {
            int32_t loop = fn->blocks[c->eb[idx]].loop;
            if (loop >= 0 && loop_ends_only_on_close(fn, loop, idx)) {
                char name[256];
                kstr(tu, c->ch[i].val, name, sizeof name);
                snprintf(why, sizeof why, "the loop ends only when %s is closed, %s is never closed, and no other "
                         "goroutine can reach it, so once it is drained the receive waits forever", name, name);
                report_local(c, ev->loc, "receive from", i, why, false);
            }
        }
        return;
    }
    if (api == API_SELECT && ev->cases_known && ev->ncases > 0) {
        bool all_dead = true, any_recv = false;
        char list[1400] = "";
        for (uint32_t k = 0; k < ev->ncases && all_dead; k++) {
            int i = find_chan(c, chan_val(tu, &ev->cases[k].chan));
            char one[1400];
            if (!dead_op(c, st, i, ev->cases[k].op, one, sizeof one)) all_dead = false;
            if (ev->cases[k].op == CASE_RECV) any_recv = true;
            if (all_dead && strlen(list) + strlen(one) + 4 < sizeof list) {
                if (*list) strcat(list, "; ");
                strcat(list, one);
            }
        }
        if (!all_dead || any_recv == c->want_send) return;
        rc_report(c->rc, ev->loc, "co_select blocks forever: none of its cases can ever proceed (%s)", list);
        return;
    }
    if (api == API_NONE && ev->func >= 0) {
        for (uint32_t i = 0; i < c->nch; i++) {
            bool rel = false;
            for (uint32_t a = 0; a < ev->nargs; a++) rel |= operand_relates(tu, &ev->args[a], c->ch[i].val);
            if (!rel || callee_does(c->an, ev, EFF_ESCAPE, c->ch[i].val, NULL)) continue;
            eff_kind k = c->want_send ? EFF_CHAN_SEND : EFF_CHAN_RECV;
            if (callee_does(c->an, ev, k, c->ch[i].val, NULL) != 2) continue;
            if (callee_does(c->an, ev, c->want_send ? EFF_CHAN_RECV : EFF_CHAN_SEND, c->ch[i].val, NULL)) continue;
            if (dead_op(c, st, (int)i, c->want_send ? CASE_SEND : CASE_RECV, why, sizeof why)) {
                char name[256];
                kstr(tu, c->ch[i].val, name, sizeof name);
                rc_report(c->rc, ev->loc, "%s %s blocks forever: %s() %s it here, and %s",
                          c->want_send ? "send on" : "receive from", name, ev->callee ? ev->callee : "the callee",
                          c->want_send ? "sends on" : "receives from", why);
                return;
            }
        }
    }
}

static void run_local_rules(rule_ctx *rc, bool want_send) {
    const ir_tu *tu = rc_tu(rc);
    analysis *an = rc_analysis(rc);
    for (uint32_t f = 0; f < tu->nfuncs; f++) {
        const ir_func *fn = &tu->funcs[f];
        if (!fn->nblocks) continue;
        local_ctx *c = calloc(1, sizeof *c);
        c->an = an; c->tu = tu; c->fn = fn; c->rc = rc; c->want_send = want_send;
        collect_local_chans(c, f);
        if (c->nch) {
            uint32_t *eb = event_blocks(fn);
            c->eb = eb;
            df_problem p = { sizeof(lstate), false, ls_boundary, ls_bottom, ls_join, ls_transfer, NULL, c };
            df_result *r = df_solve(fn, &p);
            for (uint32_t b = 0; b < fn->nblocks; b++)
                if (df_reached(r, b)) df_walk_block(r, fn, b, ls_visit, c);
            df_free(r);
            free(eb);
        }
        free(c);
    }
}

static void check_deadline_receivers(rule_ctx *rc);

static void check_send_no_receiver(rule_ctx *rc) {
    run_local_rules(rc, true);
    check_deadline_receivers(rc);
}
static void check_recv_no_sender(rule_ctx *rc) { run_local_rules(rc, false); }

/* ======================================================================
 * goroutine-leak: a goroutine spawned with a channel the parent made, that
 * blocks on it forever because the parent can stop providing the other
 * side: it returns (early, or after a select took a timeout / done case,
 * or after the first of N results) without receiving what the children
 * send, without sending what they wait for, or without closing what they
 * drain.
 * ====================================================================== */

enum { ROLE_NONE = 0, ROLE_SENDER, ROLE_WAITER, ROLE_DRAINER, ROLE_UNKNOWN };
enum { OPK_NONE = 0, OPK_SEND, OPK_RECV, OPK_CLOSE };

typedef struct child_info {
    int role;
    int min_ops;      /* blocking sends (SENDER) / receives (WAITER) on every path */
    ir_loc op_loc;    /* the child's blocking operation */
} child_info;

/* Does a child operand (child key space) reach the parent's channel K? An
 * operand rooted at a parameter that cannot be mapped counts as reaching it. */
static bool child_operand_relates(analysis *an, const ir_event *spawn, const ir_operand *op, ir_key K) {
    const ir_tu *tu = analysis_tu(an);
    ir_key ks[2] = { op->value, op->obj };
    for (int i = 0; i < 2; i++) {
        if (!ks[i]) continue;
        ir_key m = summary_map_key(an, spawn, ks[i]);
        if (m && relates(tu, m, K)) return true;
        if (!m && tu->keys[ir_key_root(tu, ks[i])].kind == KEY_PARAM) return true;
    }
    return false;
}

/* ---- chan-send-no-receiver: the only receiver stops at a deadline --------- *
 * A goroutine spawned here receives on channel C only in co_select()s that
 * also watch co_ctx_done(X), where X is a context this function made with a
 * deadline (co_with_timeout / co_with_deadline): once X expires the
 * goroutine may stop receiving at any moment, so a later plain send on C
 * (unbuffered, made here, handed to nobody else), or a select that only
 * sends, can block forever. */
typedef struct deadline_recv {
    ir_key ctx;       /* X, in the spawner's key space */
    ir_loc select;    /* the goroutine's select */
    bool ok;          /* every receive of C is such a select */
} deadline_recv;

static void classify_deadline_receiver(analysis *an, const ir_event *sp, const ir_func *gf, ir_key C,
                                       deadline_recv *out) {
    const ir_tu *tu = analysis_tu(an);
    memset(out, 0, sizeof *out);
    bool any = false;
    for (uint32_t e = 0; e < gf->nevents; e++) {
        const ir_event *ev = &gf->events[e];
        if (ev->kind == EV_SPAWN && ev->nargs > 1 && child_operand_relates(an, sp, &ev->args[1], C)) return;
        if (ev->kind != EV_CALL) continue;
        if (ev->api == API_NONE && ev->func >= 0 && (uint32_t)ev->func < tu->nfuncs) {
            const fn_summary *sm = summary_of(an, (uint32_t)ev->func);
            for (uint32_t i = 0; sm && i < sm->neffects; i++)
                if (sm->effects[i].kind == EFF_CHAN_RECV) return; /* a helper receives: not followed */
            continue;
        }
        if (ev->api == API_CHAN_RECV && ev->nargs && child_operand_relates(an, sp, &ev->args[0], C)) return;
        if (ev->api != API_SELECT && ev->api != API_SELECT_TRY) continue;
        bool recv_c = false;
        ir_key ctx = 0;
        for (uint32_t c = 0; c < ev->ncases; c++) {
            const ir_operand *ch = &ev->cases[c].chan;
            if (ev->cases[c].op != 1) continue;
            ir_key k = ctx_of_done_chan(tu, gf, ch->value ? ch->value : ch->obj);
            if (k) ctx = k;
            else if (child_operand_relates(an, sp, ch, C)) recv_c = true;
        }
        if (!recv_c) continue;
        ir_key X = ctx ? strip_deref(tu, summary_map_key(an, sp, ctx)) : 0;
        if (!X || (out->ctx && out->ctx != X)) return; /* stops on something else, or unknown */
        out->ctx = X;
        if (!any) out->select = ev->loc;
        any = true;
    }
    out->ok = any;
}

/* The event of fn that made `key` with one of two apis, or -1. */
static int32_t made_by(const ir_func *fn, ir_key key, ir_api a, ir_api b) {
    for (uint32_t e = 0; e < fn->nevents; e++)
        if (fn->events[e].kind == EV_CALL && (fn->events[e].api == a || fn->events[e].api == b) &&
            fn->events[e].key == key)
            return (int32_t)e;
    return -1;
}

/* Is C handed to anything but spawn `sp` (another goroutine, a function
 * that may keep it, a store)? */
static bool handed_elsewhere(const ir_tu *tu, const ir_func *fn, uint32_t sp, ir_key C) {
    for (uint32_t e = 0; e < fn->nevents; e++) {
        const ir_event *ev = &fn->events[e];
        if (e == sp) continue;
        if (ev->kind == EV_SPAWN && ev->nargs > 1 && operand_relates(tu, &ev->args[1], C)) return true;
        if (ev->kind == EV_CALL && ev->api == API_NONE && !harmless_library_callee(ev->callee))
            for (uint32_t a = 0; a < ev->nargs; a++)
                if (operand_relates(tu, &ev->args[a], C)) return true;
        if (ev->kind == EV_ASSIGN && ev->nargs && ev->key != C && operand_relates(tu, &ev->args[0], C)) return true;
    }
    return false;
}

static void check_deadline_receivers(rule_ctx *rc) {
    const ir_tu *tu = rc_tu(rc);
    analysis *an = rc_analysis(rc);
    for (uint32_t f = 0; f < tu->nfuncs; f++) {
        const ir_func *fn = &tu->funcs[f];
        if (!fn->nblocks) continue;
        uint32_t *eb = NULL;
        for (uint32_t s = 0; s < fn->nevents; s++) {
            const ir_event *sp = &fn->events[s];
            int32_t g = sp->kind == EV_SPAWN ? (sp->func >= 0 ? sp->func : (sp->nargs ? sp->args[0].func : -1)) : -1;
            if (g < 0 || (uint32_t)g >= tu->nfuncs || sp->nargs < 2) continue;
            const ir_func *gf = &tu->funcs[g];
            for (uint32_t m = 0; m < fn->nevents; m++) {
                const ir_event *mk = &fn->events[m];
                if (mk->kind != EV_CALL || mk->api != API_CHAN_MAKE || !mk->key || mk->nargs < 2 ||
                    !mk->args[1].has_const || mk->args[1].const_val != 0)
                    continue;
                ir_key C = mk->key;
                if (has_index(tu, C) || !operand_relates(tu, &sp->args[1], C) || handed_elsewhere(tu, fn, s, C))
                    continue;
                deadline_recv dr;
                classify_deadline_receiver(an, sp, gf, C, &dr);
                if (!dr.ok) continue;
                int32_t made = -1;
                ir_key x = dr.ctx;
                for (int hop = 0; hop < 4 && x && made < 0; hop++) { /* s.ctx = ctx = co_with_timeout(..) */
                    made = made_by(fn, x, API_WITH_TIMEOUT, API_WITH_DEADLINE);
                    ir_key from = 0;
                    for (uint32_t a = 0; made < 0 && a < fn->nevents; a++)
                        if (fn->events[a].kind == EV_ASSIGN && fn->events[a].key == x && fn->events[a].nargs)
                            from = chan_val(tu, &fn->events[a].args[0]);
                    x = from;
                }
                if (made < 0) continue;
                if (!eb) eb = event_blocks(fn);
                for (uint32_t e = 0; e < fn->nevents; e++) {
                    const ir_event *ev = &fn->events[e];
                    if (ev->kind != EV_CALL || ev->deferred) continue;
                    bool send = ev->api == API_CHAN_SEND && ev->nargs && chan_val(tu, &ev->args[0]) == C;
                    if (ev->api == API_SELECT && ev->cases_known && ev->ncases) {
                        bool only_sends = true, on_c = false;
                        for (uint32_t c = 0; c < ev->ncases; c++) {
                            only_sends &= ev->cases[c].op == 2;
                            on_c |= chan_val(tu, &ev->cases[c].chan) == C;
                        }
                        send = only_sends && on_c;
                    }
                    if (!send || !path_between(an, fn, eb, s, e, NULL)) continue;
                    char cn[256], xn[256];
                    kstr(tu, C, cn, sizeof cn);
                    kstr(tu, dr.ctx, xn, sizeof xn);
                    diag *d = rc_report(rc, ev->loc, "send on %s can block forever: its only receiver, goroutine %s "
                                        "(spawned at line %u), stops receiving once %s's deadline passes, and this "
                                        "send does not race it; send in a co_select with "
                                        "CO_RECV(co_ctx_done(%s), NULL)",
                                        cn, gf->name, sp->loc.line, xn, xn);
                    diag_add_related(d, rc_loc(rc, fn->events[made].loc), "%s gets its deadline here", xn);
                    diag_add_related(d, rc_loc(rc, dr.select), "%s receives on %s only until %s is done", gf->name,
                                     cn, xn);
                    diag_add_step(d, rc_loc(rc, sp->loc), "goroutine %s starts receiving on %s", gf->name, cn);
                    diag_add_step(d, rc_loc(rc, dr.select), "%s's deadline passes: %s returns", xn, gf->name);
                    diag_add_step(d, rc_loc(rc, ev->loc), "the send on %s waits for a receiver that is gone", cn);
                }
            }
        }
        free(eb);
    }
}


static bool local_root_used(const ir_tu *tu, const ir_func *fn, ir_key local) {
    for (uint32_t e = 0; e < fn->nevents; e++) {
        const ir_event *ev = &fn->events[e];
        for (uint32_t a = 0; a < ev->nargs; a++) {
            if (ev->kind == EV_ASSIGN && ev->key == local) continue;
            if ((ev->args[a].value && ir_key_root(tu, ev->args[a].value) == local) ||
                (ev->args[a].obj && ir_key_root(tu, ev->args[a].obj) == local))
                return true;
        }
        for (uint32_t k = 0; k < ev->ncases; k++)
            if ((ev->cases[k].chan.value && ir_key_root(tu, ev->cases[k].chan.value) == local) ||
                (ev->cases[k].chan.obj && ir_key_root(tu, ev->cases[k].chan.obj) == local))
                return true;
    }
    return false;
}

typedef struct count_ctx { const uint8_t *add; } count_ctx;
static void cnt_boundary(void *st, void *ctx) { (void)ctx; *(uint8_t *)st = 0; }
static void cnt_bottom(void *st, void *ctx) { (void)ctx; *(uint8_t *)st = 255; }
static void cnt_join(void *d, const void *s, void *ctx) {
    (void)ctx;
    if (*(const uint8_t *)s < *(uint8_t *)d) *(uint8_t *)d = *(const uint8_t *)s;
}
static void cnt_transfer(void *st, const ir_func *fn, const ir_event *ev, void *vctx) {
    const count_ctx *c = vctx;
    uint8_t a = c->add[ev - fn->events];
    if (a) *(uint8_t *)st = sat_add(*(uint8_t *)st, a);
}

/* Minimum number of marked events on a path from entry to exit. */
static int min_marked(const ir_func *fn, const uint8_t *add) {
    count_ctx cc = { add };
    df_problem p = { 1, false, cnt_boundary, cnt_bottom, cnt_join, cnt_transfer, NULL, &cc };
    df_result *r = df_solve(fn, &p);
    int v = df_reached(r, fn->exit) ? *(const uint8_t *)df_in(r, fn->exit) : SAT;
    df_free(r);
    return v;
}

static void classify_child(analysis *an, const ir_event *spawn, ir_key K, child_info *out) {
    const ir_tu *tu = analysis_tu(an);
    memset(out, 0, sizeof *out);
    if (spawn->func < 0) { out->role = ROLE_UNKNOWN; return; }
    const ir_func *g = &tu->funcs[spawn->func];
    uint8_t *opk = calloc(g->nevents ? g->nevents : 1, 1);
    int nsend = 0, nrecv = 0, nclose = 0;
    bool unknown = false;
    for (uint32_t e = 0; e < g->nevents && !unknown; e++) {
        const ir_event *ev = &g->events[e];
        const ir_operand *a0;
        ir_loc loc;
        ir_api api = call_api(g, ev, &a0, &loc);
        switch (ev->kind) {
        case EV_SPAWN:
            if (ev->nargs > 1 && child_operand_relates(an, spawn, &ev->args[1], K)) unknown = true;
            continue;
        case EV_ASSIGN:
            if (!ev->nargs || !child_operand_relates(an, spawn, &ev->args[0], K)) continue;
            if (ir_key_nonlocal(tu, ev->key) || local_root_used(tu, g, ir_key_root(tu, ev->key))) unknown = true;
            continue;
        case EV_CALL: break;
        default: continue;
        }
        if (api == API_CHAN_SEND || api == API_CHAN_RECV || api == API_CHAN_CLOSE) {
            if (a0 && summary_map_key(an, spawn, chan_val(tu, a0)) == K) {
                opk[e] = api == API_CHAN_SEND ? OPK_SEND : api == API_CHAN_RECV ? OPK_RECV : OPK_CLOSE;
                if (opk[e] == OPK_SEND) nsend++;
                else if (opk[e] == OPK_RECV) nrecv++;
                else nclose++;
                if (!out->op_loc.line && opk[e] != OPK_CLOSE) out->op_loc = ev->loc;
            }
            if (ev->nargs > 1 && child_operand_relates(an, spawn, &ev->args[1], K)) unknown = true;
            continue;
        }
        if (api == API_SELECT || api == API_SELECT_TRY) {
            if (!ev->cases_known) { unknown = true; continue; }
            for (uint32_t k = 0; k < ev->ncases; k++) {
                if (summary_map_key(an, spawn, chan_val(tu, &ev->cases[k].chan)) == K) {
                    if (api == API_SELECT && ev->ncases == 1) {
                        opk[e] = ev->cases[k].op == CASE_SEND ? OPK_SEND : OPK_RECV;
                        if (opk[e] == OPK_SEND) nsend++; else nrecv++;
                        if (!out->op_loc.line) out->op_loc = ev->loc;
                    } else {
                        unknown = true; /* it can stop waiting: another case */
                    }
                } else if (child_operand_relates(an, spawn, &ev->cases[k].elem, K)) {
                    unknown = true;
                }
            }
            continue;
        }
        if (api == API_NONE && ev->func >= 0 && !ev->deferred) {
            const fn_summary *s = summary_of(an, (uint32_t)ev->func);
            for (uint32_t i = 0; s && i < s->neffects; i++) {
                const fn_effect *fx = &s->effects[i];
                if (fx->kind != EFF_ESCAPE && fx->kind != EFF_CHAN_SEND && fx->kind != EFF_CHAN_RECV &&
                    fx->kind != EFF_CHAN_CLOSE)
                    continue;
                ir_key m1 = summary_map_key(an, ev, fx->key);
                ir_key m2 = m1 ? summary_map_key(an, spawn, m1) : 0;
                if (fx->kind == EFF_ESCAPE) {
                    if ((m2 && relates(tu, m2, K)) ||
                        (m1 && !m2 && tu->keys[ir_key_root(tu, m1)].kind == KEY_PARAM))
                        unknown = true;
                    continue;
                }
                if (!m2 || strip_deref(tu, m2) != K) continue;
                if (!(fx->must && s->returns)) { unknown = true; continue; }
                int k = fx->kind == EFF_CHAN_SEND ? OPK_SEND : fx->kind == EFF_CHAN_RECV ? OPK_RECV : OPK_CLOSE;
                if (opk[e] && opk[e] != k) { unknown = true; continue; }
                opk[e] = (uint8_t)k;
                if (k == OPK_SEND) nsend++;
                else if (k == OPK_RECV) nrecv++;
                else nclose++;
                if (!out->op_loc.line && k != OPK_CLOSE) out->op_loc = ev->loc;
            }
            continue;
        }
        if (api == API_NONE && ev->func < 0 && !ev->deferred && harmless_library_callee(ev->callee)) continue;
        if (api == API_CHAN_LEN || api == API_CHAN_CAP) continue;
        for (uint32_t a = 0; a < ev->nargs; a++)
            if (child_operand_relates(an, spawn, &ev->args[a], K)) unknown = true;
    }
    if (unknown || (nsend && nrecv)) {
        out->role = ROLE_UNKNOWN;
    } else if (nsend) {
        uint8_t *add = calloc(g->nevents ? g->nevents : 1, 1);
        for (uint32_t e = 0; e < g->nevents; e++) add[e] = opk[e] == OPK_SEND;
        out->role = ROLE_SENDER;
        out->min_ops = min_marked(g, add);
        free(add);
    } else if (nrecv && !nclose) {
        uint32_t *eb = event_blocks(g);
        for (uint32_t e = 0; e < g->nevents; e++) {
            if (opk[e] != OPK_RECV || !g->events[e].in_condition || g->events[e].api != API_CHAN_RECV) continue;
            if (loop_ends_only_on_close(g, g->blocks[eb[e]].loop, e)) {
                out->role = ROLE_DRAINER;
                out->op_loc = g->events[e].loc;
                break;
            }
        }
        free(eb);
        if (out->role != ROLE_DRAINER) {
            uint8_t *add = calloc(g->nevents ? g->nevents : 1, 1);
            for (uint32_t e = 0; e < g->nevents; e++) add[e] = opk[e] == OPK_RECV;
            int m = min_marked(g, add);
            out->role = m >= SAT ? ROLE_UNKNOWN : ROLE_WAITER; /* a child that never returns: not modelled */
            out->min_ops = m;
            free(add);
        }
    } else if (nrecv || nclose) {
        out->role = ROLE_UNKNOWN;
    }
    free(opk);
}

/* ---- the parent's side -------------------------------------------------- */

#define MAXSEL 64

typedef struct pstate {
    uint8_t sp;   /* 0 unreached, 1 reached (channel made, child not spawned), 2 child spawned */
    uint8_t cnt;  /* counterpart operations so far (saturating) */
    uint8_t pad[6];
    uint64_t decided; /* selects whose taken case is already accounted for */
} pstate;

typedef struct leak_ctx {
    analysis *an;
    const ir_tu *tu;
    const ir_func *fn;
    const uint32_t *eb;
    ir_key K;
    uint32_t make_ev, spawn_ev;
    int role;
    uint8_t *add;          /* per event: counterpart count added (SAT = everything) */
    int16_t *sel_case;     /* per event: index of the counterpart case in a tested select, or -1 */
    int8_t *sel_slot;      /* per event: bit in pstate.decided, or -1 */
    bool *loop_must;       /* per loop: every iteration performs a counterpart operation */
    bool *loop_has;        /* per loop: some counterpart operation inside */
} leak_ctx;

static void ps_bottom(void *st, void *ctx) { (void)ctx; memset(st, 0, sizeof(pstate)); }
static void ps_boundary(void *st, void *ctx) { (void)ctx; memset(st, 0, sizeof(pstate)); }
static void ps_join(void *vd, const void *vs, void *ctx) {
    (void)ctx;
    pstate *d = vd;
    const pstate *s = vs;
    if (s->sp == 0) return;
    if (d->sp == 0 || s->sp > d->sp) { *d = *s; return; }
    if (s->sp < d->sp) return;
    if (s->cnt < d->cnt) d->cnt = s->cnt;
    d->decided &= s->decided;
}
static void ps_transfer(void *vst, const ir_func *fn, const ir_event *ev, void *vctx) {
    leak_ctx *c = vctx;
    pstate *st = vst;
    uint32_t e = (uint32_t)(ev - fn->events);
    if (e == c->make_ev) { st->sp = 1; st->cnt = 0; st->decided = 0; return; }
    if (st->sp == 0) return;
    if (e == c->spawn_ev && st->sp == 1) {
        st->sp = 2;
        if (c->role == ROLE_SENDER) st->cnt = 0;
    }
    if (c->add[e]) st->cnt = sat_add(st->cnt, c->add[e]);
    if (c->sel_slot[e] >= 0) st->decided &= ~(1ull << c->sel_slot[e]); /* a new execution: not yet decided */
}

/* The set of select results an edge allows, as a bit mask over ncases. */
static uint64_t edge_allows(const ir_block *from, const ir_edge *e, uint32_t ncases) {
    uint64_t all = ncases >= 64 ? ~0ull : ((1ull << ncases) - 1);
    switch (e->cond) {
    case COND_EQ: return (e->value >= 0 && e->value < 64) ? (1ull << e->value) & all : 0;
    case COND_ZERO: return 1ull & all;
    case COND_NONZERO: return all & ~1ull;
    case COND_NE: {
        uint64_t m = all;
        for (uint32_t s = 0; s < from->nsuccs; s++) {
            const ir_edge *o = &from->succs[s];
            if (o->to == e->to && o->event == e->event && o->cond == COND_NE && o->value >= 0 && o->value < 64)
                m &= ~(1ull << o->value);
        }
        return m;
    }
    default: return all;
    }
}

static bool ps_edge(void *vst, const ir_func *fn, const ir_block *from, const ir_edge *e, void *vctx) {
    leak_ctx *c = vctx;
    pstate *st = vst;
    if (st->sp == 0) return true;
    if (e->event >= 0 && (uint32_t)e->event < fn->nevents) {
        const ir_event *tested = &fn->events[e->event];
        int slot = c->sel_slot[e->event];
        if (slot >= 0 && e->cond != COND_ALWAYS) {
            uint64_t allowed = edge_allows(from, e, tested->ncases);
            if (!allowed) return false; /* e.g. a switch default no result can reach */
            if (!(st->decided & (1ull << slot))) {
                st->decided |= 1ull << slot;
                if (allowed & (1ull << c->sel_case[e->event])) st->cnt = sat_add(st->cnt, 1);
            }
        }
        /* while (co_chan_recv(K, ..)) in the parent: it drained everything */
        if (c->role == ROLE_SENDER && tested->kind == EV_CALL && tested->api == API_CHAN_RECV &&
            tested->nargs && chan_val(c->tu, &tested->args[0]) == c->K &&
            (e->cond == COND_ZERO || (e->cond == COND_EQ && e->value == 0)))
            st->cnt = SAT;
    }
    /* Leaving a loop through its condition. A counted loop whose every
     * iteration does a counterpart operation did it trip_count times. Any
     * other loop that does one: cvet cannot count its iterations, and the
     * path that runs it zero times is usually the one where nothing was
     * spawned either (`for (i < n) co_go(..); for (i < n) recv(..);`), so
     * assume it did enough. Early exits (break, return) keep their count. */
    int32_t l = from->loop;
    if (l >= 0 && fn->loops[l].header == from->id && c->loop_has[l] && !block_in_loop(fn, e->to, l)) {
        if (c->loop_must[l] && fn->loops[l].trip_count > 0)
            st->cnt = sat_add(st->cnt, (unsigned)(fn->loops[l].trip_count > SAT ? SAT : fn->loops[l].trip_count));
        else
            st->cnt = SAT;
    }
    return true;
}

/* Is there a path through loop l from its header back to the header that
 * misses every counterpart operation? */
static bool loop_has_free_iteration(const leak_ctx *c, int32_t l) {
    const ir_func *fn = c->fn;
    uint32_t n = fn->nblocks, h = fn->loops[l].header;
    bool *hit = calloc(n, sizeof *hit), *seen = calloc(n, sizeof *seen);
    for (uint32_t b = 0; b < n; b++)
        for (uint32_t i = 0; i < fn->blocks[b].nevents; i++) {
            uint32_t e = fn->blocks[b].first_event + i;
            if (c->add[e] && c->sel_slot[e] < 0) hit[b] = true;
        }
    bool found = false;
    if (hit[h]) { free(hit); free(seen); return false; }
    uint32_t *stack = malloc(sizeof *stack * (n + 1)), sp = 0;
    const ir_block *hb = &fn->blocks[h];
    for (uint32_t s = 0; s < hb->nsuccs; s++) {
        uint32_t t = hb->succs[s].to;
        if (block_in_loop(fn, t, l) && !seen[t] && !hit[t]) { seen[t] = true; stack[sp++] = t; }
    }
    while (sp && !found) {
        uint32_t b = stack[--sp];
        if (b == h) { found = true; break; }
        for (uint32_t s = 0; s < fn->blocks[b].nsuccs; s++) {
            uint32_t t = fn->blocks[b].succs[s].to;
            if (t == h) { found = true; break; }
            if (block_in_loop(fn, t, l) && !seen[t] && !hit[t]) { seen[t] = true; stack[sp++] = t; }
        }
    }
    free(stack); free(hit); free(seen);
    return found;
}

/* Marks the parent's counterpart operations on K for `role`. Returns false
 * if K escapes (no finding possible). */
static bool mark_counterparts(leak_ctx *c) {
    const ir_tu *tu = c->tu;
    const ir_func *fn = c->fn;
    ir_key K = c->K;
    int nsel = 0;
    bool *tested = calloc(fn->nevents ? fn->nevents : 1, sizeof *tested);
    for (uint32_t b = 0; b < fn->nblocks; b++)
        for (uint32_t s = 0; s < fn->blocks[b].nsuccs; s++) {
            const ir_edge *e = &fn->blocks[b].succs[s];
            if (e->cond != COND_ALWAYS && e->event >= 0 && (uint32_t)e->event < fn->nevents) tested[e->event] = true;
        }
    int want_case = c->role == ROLE_SENDER ? CASE_RECV : CASE_SEND;
    for (uint32_t e = 0; e < fn->nevents; e++) {
        const ir_event *ev = &fn->events[e];
        const ir_operand *a0;
        ir_loc loc;
        ir_api api = call_api(fn, ev, &a0, &loc);
        bool mine = a0 && chan_val(tu, a0) == K;
        c->sel_case[e] = -1;
        c->sel_slot[e] = -1;
        if (ev->kind != EV_CALL) continue;
        if (api == API_CHAN_CLOSE && mine) { c->add[e] = SAT; continue; }
        if (c->role == ROLE_SENDER && api == API_CHAN_RECV && mine) { c->add[e] = 1; continue; }
        if (c->role == ROLE_WAITER && api == API_CHAN_SEND && mine) { c->add[e] = 1; continue; }
        if (api == API_SELECT || api == API_SELECT_TRY) {
            if (!ev->cases_known) { free(tested); return false; }
            for (uint32_t k = 0; k < ev->ncases; k++) {
                if (chan_val(tu, &ev->cases[k].chan) != K || ev->cases[k].op != want_case ||
                    c->role == ROLE_DRAINER)
                    continue;
                if (api == API_SELECT_TRY) c->add[e] = SAT;
                else if (ev->ncases == 1) c->add[e] = 1;
                else if (tested[e] && nsel < MAXSEL) { c->sel_case[e] = (int16_t)k; c->sel_slot[e] = (int8_t)nsel++; }
                else c->add[e] = 1; /* cannot tell which case it took: assume ours */
            }
            continue;
        }
        if (api == API_NONE && ev->func >= 0 && !ev->deferred) {
            if (callee_does(c->an, ev, EFF_CHAN_CLOSE, K, NULL)) { c->add[e] = SAT; continue; }
            eff_kind k = c->role == ROLE_SENDER ? EFF_CHAN_RECV : EFF_CHAN_SEND;
            if (c->role == ROLE_DRAINER) continue;
            int d = callee_does(c->an, ev, k, K, NULL);
            /* a helper that loops may do it many times: assume enough */
            bool once = tu->funcs[ev->func].nloops == 0 && cg_node_of(c->an, (uint32_t)ev->func)->ncallees == 0;
            if (d == 2) c->add[e] = once ? 1 : SAT;
            else if (d == 1) c->add[e] = SAT;
        }
    }
    free(tested);
    return true;
}

/* Does K escape the parent (to code that might be its counterpart)? */
static bool parent_escapes(const leak_ctx *c) {
    const ir_tu *tu = c->tu;
    const ir_func *fn = c->fn;
    ir_key K = c->K;
    for (uint32_t e = 0; e < fn->nevents; e++) {
        const ir_event *ev = &fn->events[e];
        const ir_operand *a0;
        ir_loc loc;
        ir_api api = call_api(fn, ev, &a0, &loc);
        ir_key w = written_key_in(fn, ev);
        if (e > c->make_ev && w && tu->keys[w].kind != KEY_TEMP && ir_key_is_prefix(tu, w, K))
            return true; /* reassigned: more than one channel */
        if (hands_out_local_struct(tu, ev, api)) {
            bool ours = false;
            for (uint32_t a = 0; a < ev->nargs; a++) ours |= operand_relates(tu, &ev->args[a], K);
            if (!ours) return true; /* it may carry K (initializer lists have no events) */
        }
        switch (ev->kind) {
        case EV_SPAWN: continue; /* checked by the caller */
        case EV_ASSIGN:
            if (ev->nargs && operand_relates(tu, &ev->args[0], K) && !ir_key_is_prefix(tu, ev->key, K)) return true;
            continue;
        case EV_RETURN:
            if (ev->nargs && operand_relates(tu, &ev->args[0], K)) return true;
            continue;
        case EV_CALL: break;
        default: continue;
        }
        if (api == API_NONE) {
            if (ev->deferred) continue;
            bool rel = false;
            for (uint32_t a = 0; a < ev->nargs; a++) rel |= operand_relates(tu, &ev->args[a], K);
            if (!rel) continue;
            if (ev->func < 0) {
                if (!harmless_library_callee(ev->callee)) return true;
                continue;
            }
            if (callee_does(c->an, ev, EFF_ESCAPE, K, NULL)) return true;
            continue;
        }
        switch (api) {
        case API_CHAN_SEND: case API_CHAN_RECV: case API_CHAN_CLOSE: case API_CHAN_FREE:
        case API_CHAN_LEN: case API_CHAN_CAP: case API_CHAN_MAKE:
            for (uint32_t a = 1; a < ev->nargs; a++)
                if (operand_relates(tu, &ev->args[a], K)) return true;
            continue;
        case API_SELECT: case API_SELECT_TRY:
            for (uint32_t k = 0; k < ev->ncases; k++)
                if (operand_relates(tu, &ev->cases[k].elem, K)) return true;
            continue;
        default:
            for (uint32_t a = 0; a < ev->nargs; a++)
                if (operand_relates(tu, &ev->args[a], K)) return true;
            continue;
        }
    }
    return false;
}

static void report_leak(rule_ctx *rc, leak_ctx *c, const child_info *ci, int64_t mult, int64_t cap,
                        const pstate *at_exit_pred, ir_loc ret_loc, int64_t needed) {
    const ir_tu *tu = c->tu;
    const ir_func *fn = c->fn;
    const ir_event *sp = &fn->events[c->spawn_ev];
    const char *child = tu->funcs[sp->func].name;
    char name[256], times[64] = "", msg[4096];
    kstr(tu, c->K, name, sizeof name);
    if (mult > 1) snprintf(times, sizeof times, " (spawned %lld times in a loop)", (long long)mult);
    int got = at_exit_pred->cnt;
    if (c->role == ROLE_SENDER) {
        char recvd[160], room[400];
        if (got == 0) snprintf(recvd, sizeof recvd, "without receiving from it");
        else snprintf(recvd, sizeof recvd, "after receiving only %d of the %lld values sent", got,
                      (long long)(needed + cap));
        if (cap == 0) snprintf(room, sizeof room, "%s is unbuffered", name);
        else snprintf(room, sizeof room, "%s holds only %lld", name, (long long)cap);
        snprintf(msg, sizeof msg,
                 "goroutine %s%s can block forever sending on %s (line %u): %s can return at line %u %s, and %s; "
                 "give %s a buffer of one per sender (capacity %lld), or make %s select on a done channel "
                 "that %s closes",
                 child, times, name, ci->op_loc.line, fn->name, ret_loc.line, recvd, room, name,
                 (long long)(needed + cap), child, fn->name);
    } else if (c->role == ROLE_WAITER) {
        snprintf(msg, sizeof msg,
                 "goroutine %s%s can block forever receiving from %s (line %u): %s can return at line %u without "
                 "sending on or closing %s; close %s on every path (a CO_DEFER_CLOSE guard does it), or make %s "
                 "select on a done channel",
                 child, times, name, ci->op_loc.line, fn->name, ret_loc.line, name, name, child);
    } else {
        snprintf(msg, sizeof msg,
                 "goroutine %s%s can block forever receiving from %s (line %u): its loop ends only when %s is "
                 "closed, and %s can return at line %u without closing it; close %s once the last value is sent",
                 child, times, name, ci->op_loc.line, name, fn->name, ret_loc.line, name);
    }
    diag *d = rc_report(rc, sp->loc, "%s", msg);
    if (!d) return;
    diag_add_related(d, rc_loc(rc, ci->op_loc), "%s blocks here", child);
    diag_add_related(d, rc_loc(rc, ret_loc), "%s returns here", fn->name);
    diag_add_step(d, rc_loc(rc, fn->events[c->make_ev].loc), "%s is made (capacity %lld)", name, (long long)cap);
    diag_add_step(d, rc_loc(rc, sp->loc), "goroutine %s is spawned with %s", child, name);
    diag_add_step(d, rc_loc(rc, ret_loc), "%s returns", fn->name);
    diag_add_step(d, rc_loc(rc, ci->op_loc), "%s blocks forever on %s", child, name);
}

/* Runs the parent dataflow; finds a path from the spawn to the function's
 * exit with fewer than `needed` counterpart operations. */
static bool find_abandoning_exit(leak_ctx *c, int64_t needed, pstate *out, ir_loc *ret) {
    const ir_func *fn = c->fn;
    df_problem p = { sizeof(pstate), false, ps_boundary, ps_bottom, ps_join, ps_transfer, ps_edge, c };
    df_result *r = df_solve(fn, &p);
    const ir_block *xb = &fn->blocks[fn->exit];
    bool found = false;
    for (uint32_t i = 0; i < xb->npreds && !found; i++) {
        uint32_t pb = xb->preds[i];
        if (!df_reached(r, pb)) continue;
        const ir_block *pred = &fn->blocks[pb];
        for (uint32_t s = 0; s < pred->nsuccs && !found; s++) {
            if (pred->succs[s].to != fn->exit) continue;
            pstate st = *(const pstate *)df_out(r, pb);
            if (!ps_edge(&st, fn, pred, &pred->succs[s], c)) continue;
            if (st.sp != 2 || st.cnt >= needed) continue;
            *ret = fn->end_loc;
            if (pred->nevents && fn->events[pred->first_event + pred->nevents - 1].kind == EV_RETURN)
                *ret = fn->events[pred->first_event + pred->nevents - 1].loc;
            *out = st;
            found = true;
        }
    }
    df_free(r);
    return found;
}

static void check_leaks_for(rule_ctx *rc, analysis *an, uint32_t f, uint32_t make_ev) {
    const ir_tu *tu = rc_tu(rc);
    const ir_func *fn = &tu->funcs[f];
    const ir_event *mk = &fn->events[make_ev];
    ir_key K = mk->key;
    if (!K || has_index(tu, K) || tu->keys[ir_key_root(tu, K)].kind != KEY_LOCAL) return;
    if (mk->nargs < 2 || !mk->args[1].has_const) return;
    int64_t cap = mk->args[1].const_val;
    for (uint32_t e = 0; e < fn->nevents; e++)
        if (e != make_ev && fn->events[e].kind == EV_CALL && fn->events[e].api == API_CHAN_MAKE &&
            fn->events[e].key == K)
            return; /* several channels in one variable: not modelled */
    /* the one spawn that hands K to a child with a role */
    int32_t spawn_ev = -1;
    child_info ci = { 0 };
    for (uint32_t e = 0; e < fn->nevents; e++) {
        const ir_event *ev = &fn->events[e];
        if (ev->kind != EV_SPAWN || ev->nargs < 2 || !operand_relates(tu, &ev->args[1], K)) continue;
        child_info one;
        classify_child(an, ev, K, &one);
        if (one.role == ROLE_NONE) continue;
        if (one.role == ROLE_UNKNOWN || spawn_ev >= 0) return;
        spawn_ev = (int32_t)e;
        ci = one;
    }
    if (spawn_ev < 0) return;
    if (ci.role == ROLE_SENDER && ci.min_ops <= 0) return;
    if (ci.role == ROLE_WAITER && ci.min_ops <= 0) return;

    leak_ctx c = { an, tu, fn, NULL, K, make_ev, (uint32_t)spawn_ev, ci.role, NULL, NULL, NULL, NULL, NULL };
    if (parent_escapes(&c)) return;
    uint32_t *eb = event_blocks(fn);
    c.eb = eb;
    c.add = calloc(fn->nevents ? fn->nevents : 1, 1);
    c.sel_case = calloc(fn->nevents ? fn->nevents : 1, sizeof *c.sel_case);
    c.sel_slot = calloc(fn->nevents ? fn->nevents : 1, sizeof *c.sel_slot);
    c.loop_must = calloc(fn->nloops ? fn->nloops : 1, sizeof *c.loop_must);
    c.loop_has = calloc(fn->nloops ? fn->nloops : 1, sizeof *c.loop_has);
    if (mark_counterparts(&c)) {
        for (uint32_t l = 0; l < fn->nloops; l++) c.loop_must[l] = !loop_has_free_iteration(&c, l);
        for (uint32_t e = 0; e < fn->nevents; e++)
            if (c.add[e] || c.sel_slot[e] >= 0)
                for (int32_t l = fn->blocks[eb[e]].loop; l >= 0; l = fn->loops[l].parent) c.loop_has[l] = true;
        int64_t mult = spawn_multiplicity(fn, eb[spawn_ev]);
        int64_t needed;
        if (ci.role == ROLE_SENDER) needed = mult * ci.min_ops - cap;
        else if (ci.role == ROLE_WAITER) needed = mult * ci.min_ops;
        else needed = 1;
        if (needed > SAT) needed = SAT;
        pstate st;
        ir_loc ret;
        if (needed > 0 && find_abandoning_exit(&c, needed, &st, &ret)) report_leak(rc, &c, &ci, mult, cap, &st, ret, needed);
    }
    free(c.add); free(c.sel_case); free(c.sel_slot); free(c.loop_must); free(c.loop_has); free(eb);
}

/* ---- goroutines waiting for a context that is never cancelled ----------- */

/* If channel key `chv` of function `fn` is co_ctx_done(x), the operand x. */
static const ir_operand *done_ctx_operand(const ir_tu *tu, const ir_func *fn, ir_key chv) {
    if (!chv) return NULL;
    const ir_keyinfo *ki = &tu->keys[chv];
    if (ki->kind == KEY_DEREF) ki = &tu->keys[ki->parent];
    if (ki->kind != KEY_TEMP || ki->func != (int32_t)fn->index || ki->index < 0 ||
        (uint32_t)ki->index >= fn->nevents)
        return NULL;
    const ir_event *d = &fn->events[ki->index];
    return (d->kind == EV_CALL && d->api == API_CTX_DONE && d->nargs) ? &d->args[0] : NULL;
}

/* A blocking wait in the spawned function on co_ctx_done() of the context
 * it was given as `arg`; its location, or line 0. */
static ir_loc child_ctx_wait(analysis *an, const ir_event *spawn, ir_key C) {
    const ir_tu *tu = analysis_tu(an);
    ir_loc none = { 0, 0, 0 };
    if (spawn->func < 0) return none;
    const ir_func *g = &tu->funcs[spawn->func];
    for (uint32_t e = 0; e < g->nevents; e++) {
        const ir_event *ev = &g->events[e];
        if (ev->kind != EV_CALL) continue;
        const ir_operand *ch = NULL;
        if (ev->api == API_CHAN_RECV && ev->nargs) ch = &ev->args[0];
        else if (ev->api == API_SELECT && ev->cases_known && ev->ncases == 1 && ev->cases[0].op == CASE_RECV)
            ch = &ev->cases[0].chan;
        if (!ch) continue;
        const ir_operand *x = done_ctx_operand(tu, g, chan_val(tu, ch));
        if (x && x->value && summary_map_key(an, spawn, x->value) == C) return ev->loc;
    }
    return none;
}

/* Is operand `op` the result of co_background() (a call, or a local that
 * holds one)? */
static bool is_background(const ir_tu *tu, const ir_func *fn, const ir_operand *op) {
    ir_key k = op->value ? op->value : strip_deref(tu, op->obj);
    if (!k) return false;
    const ir_keyinfo *ki = &tu->keys[k];
    if (ki->kind == KEY_TEMP && ki->func == (int32_t)fn->index && ki->index >= 0 && (uint32_t)ki->index < fn->nevents)
        return fn->events[ki->index].api == API_BACKGROUND;
    if (ki->kind != KEY_LOCAL) return false;
    int n = 0;
    bool bg = false;
    for (uint32_t e = 0; e < fn->nevents; e++)
        if (fn->events[e].kind == EV_CALL && fn->events[e].key == k) {
            n++;
            bg = fn->events[e].api == API_BACKGROUND;
        }
    return n == 1 && bg;
}

static void check_ctx_leak(rule_ctx *rc, analysis *an, uint32_t f, uint32_t spawn_ev) {
    const ir_tu *tu = rc_tu(rc);
    const ir_func *fn = &tu->funcs[f];
    const ir_event *sp = &fn->events[spawn_ev];
    if (sp->nargs < 2 || sp->func < 0) return;
    ir_key C = sp->args[1].value;
    if (!C || tu->keys[C].kind != KEY_LOCAL) return;
    ir_loc wait = child_ctx_wait(an, sp, C);
    if (!wait.line) return;
    const char *child = tu->funcs[sp->func].name;
    char name[256];
    kstr(tu, C, name, sizeof name);
    /* how C was made: exactly one call stores into it */
    int32_t mk = -1;
    for (uint32_t e = 0; e < fn->nevents; e++) {
        const ir_event *ev = &fn->events[e];
        if (ev->kind == EV_CALL && ev->key == C) {
            if (mk >= 0) return;
            mk = (int32_t)e;
        } else if (written_key_in(fn, ev) && ir_key_is_prefix(tu, written_key_in(fn, ev), C) &&
                   ev->kind != EV_CALL) {
            return; /* assigned from something else */
        }
    }
    if (mk < 0) return;
    const ir_event *m = &fn->events[mk];
    if (m->api == API_BACKGROUND) {
        diag *d = rc_report(rc, sp->loc,
                            "goroutine %s can block forever waiting for %s to be cancelled (line %u): %s is "
                            "co_background(), which is never cancelled (its done channel is NULL); give %s a "
                            "context made with co_with_cancel and cancel it",
                            child, name, wait.line, name, child);
        if (d) {
            diag_add_related(d, rc_loc(rc, wait), "%s waits here", child);
            diag_add_related(d, rc_loc(rc, m->loc), "%s is co_background() here", name);
        }
        return;
    }
    if (m->api != API_WITH_CANCEL || m->nargs < 2 || !is_background(tu, fn, &m->args[0])) return;
    ir_key CK = m->args[1].obj;
    if (!CK) return;
    leak_ctx c = { an, tu, fn, NULL, C, (uint32_t)mk, spawn_ev, ROLE_WAITER, NULL, NULL, NULL, NULL, NULL };
    uint32_t *eb = event_blocks(fn);
    c.eb = eb;
    c.add = calloc(fn->nevents ? fn->nevents : 1, 1);
    c.sel_case = calloc(fn->nevents ? fn->nevents : 1, sizeof *c.sel_case);
    c.sel_slot = calloc(fn->nevents ? fn->nevents : 1, sizeof *c.sel_slot);
    c.loop_must = calloc(fn->nloops ? fn->nloops : 1, sizeof *c.loop_must);
    c.loop_has = calloc(fn->nloops ? fn->nloops : 1, sizeof *c.loop_has);
    bool escapes = false;
    for (uint32_t e = 0; e < fn->nevents && !escapes; e++) {
        const ir_event *ev = &fn->events[e];
        c.sel_slot[e] = -1;
        const ir_operand *a0;
        ir_loc loc;
        ir_api api = call_api(fn, ev, &a0, &loc);
        if ((int32_t)e == mk) continue;
        if (api == API_CANCEL && a0 && (a0->obj == CK || strip_deref(tu, a0->obj) == CK)) { c.add[e] = SAT; continue; }
        bool rel = false;
        for (uint32_t a = 0; a < ev->nargs; a++) rel |= operand_relates(tu, &ev->args[a], CK);
        if (!rel) continue;
        if (ev->kind == EV_CALL && api == API_NONE && ev->func >= 0 && !ev->deferred &&
            callee_does(an, ev, EFF_CANCEL, CK, NULL)) { c.add[e] = SAT; continue; }
        escapes = true; /* the cancel function goes somewhere cvet does not follow */
    }
    pstate st;
    ir_loc ret;
    if (!escapes && find_abandoning_exit(&c, 1, &st, &ret)) {
        char cname[256];
        kstr(tu, CK, cname, sizeof cname);
        diag *d = rc_report(rc, sp->loc,
                            "goroutine %s can block forever waiting for %s to be cancelled (line %u): %s can "
                            "return at line %u without calling co_cancel(&%s); cancel on every path "
                            "(CO_DEFER_CANCEL(&%s) right after co_with_cancel)",
                            child, name, wait.line, fn->name, ret.line, cname, cname);
        if (d) {
            diag_add_related(d, rc_loc(rc, wait), "%s waits here", child);
            diag_add_related(d, rc_loc(rc, ret), "%s returns here without cancelling", fn->name);
            diag_add_step(d, rc_loc(rc, m->loc), "%s is made with co_with_cancel", name);
            diag_add_step(d, rc_loc(rc, sp->loc), "goroutine %s is spawned with %s", child, name);
            diag_add_step(d, rc_loc(rc, ret), "%s returns without co_cancel(&%s)", fn->name, cname);
            diag_add_step(d, rc_loc(rc, wait), "%s waits forever for co_ctx_done(%s)", child, name);
        }
    }
    free(c.add); free(c.sel_case); free(c.sel_slot); free(c.loop_must); free(c.loop_has); free(eb);
}

static void check_goroutine_leak(rule_ctx *rc) {
    const ir_tu *tu = rc_tu(rc);
    analysis *an = rc_analysis(rc);
    for (uint32_t f = 0; f < tu->nfuncs; f++) {
        const ir_func *fn = &tu->funcs[f];
        if (!fn->nblocks) continue;
        for (uint32_t e = 0; e < fn->nevents; e++)
            if (fn->events[e].kind == EV_CALL && fn->events[e].api == API_CHAN_MAKE && !fn->events[e].deferred)
                check_leaks_for(rc, an, f, e);
            else if (fn->events[e].kind == EV_SPAWN)
                check_ctx_leak(rc, an, f, e);
    }
}

/* ======================================================================
 * Descriptors
 * ====================================================================== */

static const rule rule_goroutine_leak = {
    "goroutine-leak", "GoroutineLeak",
    "A spawned goroutine can block forever on a channel its parent stops serving",
    "A goroutine started with co_go blocks forever on a channel operation because the goroutine that made "
    "the channel can stop being its counterpart: it returns early, or its co_select takes a timeout or done "
    "case, or it stops after the first of N results, without receiving what the child sends, sending what "
    "it waits for, or closing the channel it drains. The goroutine, its stack and everything it references "
    "leak for the life of the process.",
    LEVEL_WARNING, check_goroutine_leak,
};

static const rule rule_send_no_receiver = {
    "chan-send-no-receiver", "ChanSendNoReceiver",
    "A blocking send on a channel no other goroutine can reach",
    "A co_chan_send (or a helper that always sends) on a channel that was made in this function and not yet "
    "handed to any goroutine or stored anywhere shared, when its buffer is already full (or it is "
    "unbuffered), or on a channel that is certainly NULL: the send blocks forever and the goroutine "
    "deadlocks at once.",
    LEVEL_ERROR, check_send_no_receiver,
};

static const rule rule_recv_no_sender = {
    "chan-recv-no-sender", "ChanRecvNoSender",
    "A blocking receive on a channel no other goroutine can reach",
    "A co_chan_recv (or a select, or a helper that always receives) on a channel that was made in this "
    "function and not yet handed to any goroutine or stored anywhere shared, when it is empty and not "
    "closed, or a receive loop over such a channel that nothing closes, or a receive from a channel that is "
    "certainly NULL: the receive blocks forever.",
    LEVEL_ERROR, check_recv_no_sender,
};

static const rule rule_double_close = {
    "chan-double-close", "ChanDoubleClose",
    "A channel can be closed twice",
    "A path closes the same channel twice (directly, through a CO_DEFER_CLOSE guard, or through a helper "
    "that closes what it is given), or a goroutine closes a channel that the goroutine it spawned also "
    "closes. Closing a closed channel panics.",
    LEVEL_ERROR, check_double_close,
};

static const rule rule_send_after_close = {
    "chan-send-after-close", "ChanSendAfterClose",
    "A send on a channel that can already be closed",
    "A path sends on a channel after closing it, or a goroutine closes a channel while a goroutine it "
    "spawned can still send on it (nothing waits for the sender first). A send on a closed channel panics.",
    LEVEL_ERROR, check_send_after_close,
};

const rule *const rules_chan[] = {
    &rule_goroutine_leak, &rule_send_no_receiver, &rule_recv_no_sender,
    &rule_double_close, &rule_send_after_close, NULL,
};
