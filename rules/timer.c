/* rules/timer.c: timer and ticker rules (timer-not-stopped,
 * timer-use-after-stop, tick-leak, after-in-loop), plus the lifetime engine
 * of rules/lifetime.h that lost-cancel shares. Every finding comes from a
 * path the CFG allows (may-dataflow facts reported with the path that
 * produces them); hand-offs (struct, global, return, helper, goroutine,
 * guard) silence the lifetime rules, since precision beats recall here. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lifetime.h"

/* ======================================================================
 * Helpers
 * ====================================================================== */


bool lt_refers(const ir_tu *tu, const ir_operand *op, ir_key k) {
    if (!op || !k) return false;
    if (op->value && ir_key_is_prefix(tu, op->value, k)) return true;
    if (op->obj && ir_key_is_prefix(tu, op->obj, k)) return true;
    return false;
}

ir_key lt_ptr_of(const ir_tu *tu, const ir_operand *op) {
    if (!op) return 0;
    if (op->value) return op->value;
    if (op->obj && tu->keys[op->obj].kind == KEY_DEREF) return tu->keys[op->obj].parent;
    return 0;
}

ir_api lt_call_api(const ir_func *fn, const ir_event *ev, const ir_operand **target) {
    *target = NULL;
    if (ev->kind != EV_CALL) return API_NONE;
    const ir_event *d = NULL;
    if (ev->deferred && ev->defer_event >= 0 && (uint32_t)ev->defer_event < fn->nevents &&
        fn->events[ev->defer_event].kind == EV_DEFER)
        d = &fn->events[ev->defer_event];
    ir_api api = ev->api != API_NONE ? ev->api : (d ? d->api : API_NONE);
    if (api == API_NONE) return API_NONE;
    if (ev->nargs > 0 && (ev->args[0].obj || ev->args[0].value)) *target = &ev->args[0];
    else if (d && d->nargs > 0) *target = &d->args[0];
    return api;
}

bool lt_call_takes(analysis *an, const ir_tu *tu, const ir_event *ev, const ir_operand *op, ir_key k,
                   const eff_kind *effs, uint32_t neffs) {
    (void)tu;
    ir_key cand[3] = { op->obj, op->value, k };
    for (uint32_t c = 0; c < 3; c++) {
        if (!cand[c]) continue;
        for (uint32_t i = 0; i < neffs; i++)
            if (effs[i] < EFF__COUNT && summary_call_does(an, ev, effs[i], cand[c], false)) return true;
        if (summary_call_does(an, ev, EFF_ESCAPE, cand[c], false)) return true;
    }
    return false;
}

bool lt_text_mentions(const char *text, const char *word) {
    if (!text || !word || !*word) return false;
    size_t wl = strlen(word);
    for (const char *p = strstr(text, word); p; p = strstr(p + 1, word)) {
        bool left = p == text || !(p[-1] == '_' || (p[-1] >= 'a' && p[-1] <= 'z') || (p[-1] >= 'A' && p[-1] <= 'Z') ||
                                   (p[-1] >= '0' && p[-1] <= '9'));
        char r = p[wl];
        bool right = !(r == '_' || (r >= 'a' && r <= 'z') || (r >= 'A' && r <= 'Z') || (r >= '0' && r <= '9'));
        if (left && right) return true;
    }
    return false;
}

bool lt_opaque_aggregate(const ir_tu *tu, const ir_func *fn, const ir_operand *op) {
    if (!op) return false;
    if (!op->obj && !op->value) return op->text && strchr(op->text, '{') != NULL;
    ir_key k = op->obj ? op->obj : op->value;
    const ir_keyinfo *ki = &tu->keys[k];
    if (ki->kind != KEY_LOCAL || ki->index < 0 || (uint32_t)ki->index >= fn->nlocals) return false;
    ir_type ty = fn->locals[ki->index].type;
    if (ty != TY_AGGREGATE && ty != TY_STRUCT_WITH_SYNC) return false;
    for (uint32_t e = 0; e < fn->nevents; e++) {
        const ir_event *ev = &fn->events[e];
        if ((ev->kind == EV_ASSIGN || ev->kind == EV_WRITE) && ev->key && ev->key != k &&
            ir_key_is_prefix(tu, k, ev->key))
            return false; /* filled field by field: the rules see what goes in */
        if (ev->kind == EV_CALL && ev->key && ev->key != k && ir_key_is_prefix(tu, k, ev->key))
            return false;
    }
    return true;
}

ir_loc lt_exit_loc(const ir_func *fn, int32_t ret_event) {
    if (ret_event >= 0 && (uint32_t)ret_event < fn->nevents) return fn->events[ret_event].loc;
    return fn->end_loc;
}

static const char *cond_text(const ir_func *fn, const ir_edge *e, char *buf, size_t len) {
    if (e->cond == COND_ALWAYS || e->event < 0 || (uint32_t)e->event >= fn->nevents) return NULL;
    const ir_event *ev = &fn->events[e->event];
    const char *what = ev->api != API_NONE ? ir_api_name(ev->api) : (ev->callee ? ev->callee : "the call");
    switch (e->cond) {
    case COND_NONZERO: snprintf(buf, len, "%s returns true (non-zero)", what); break;
    case COND_ZERO: snprintf(buf, len, "%s returns false (zero)", what); break;
    case COND_EQ: snprintf(buf, len, "%s returns %lld", what, (long long)e->value); break;
    case COND_NE: snprintf(buf, len, "%s does not return %lld", what, (long long)e->value); break;
    default: return NULL;
    }
    return buf;
}

static ir_loc block_first_loc(const ir_func *fn, uint32_t b) {
    const ir_block *bk = &fn->blocks[b];
    for (uint32_t i = bk->first_event; i < bk->first_event + bk->nevents; i++)
        if (fn->events[i].loc.line) return fn->events[i].loc;
    return bk->loc;
}

void lt_add_branch_steps(rule_ctx *rc, diag *d, const ir_func *fn, const uint32_t *path, uint32_t n) {
    char buf[160];
    uint32_t last_line = 0;
    for (uint32_t i = 1; i < n; i++) {
        const ir_block *prev = &fn->blocks[path[i - 1]];
        uint32_t b = path[i];
        if (b == fn->exit) continue;
        const ir_edge *edge = NULL;
        for (uint32_t s = 0; s < prev->nsuccs; s++)
            if (prev->succs[s].to == b) { edge = &prev->succs[s]; break; }
        if (!edge) continue;
        if (edge->back) {
            int32_t l = fn->blocks[b].loop;
            ir_loc loc = l >= 0 && (uint32_t)l < fn->nloops ? fn->loops[l].loc : block_first_loc(fn, b);
            if (loc.line) diag_add_step(d, rc_loc(rc, loc), "the loop goes round again");
            last_line = loc.line;
            continue;
        }
        if (prev->nsuccs < 2) continue;
        const char *t = cond_text(fn, edge, buf, sizeof buf);
        if (t) {
            ir_loc loc = fn->events[edge->event].loc;
            ir_loc tl = block_first_loc(fn, b);
            if (tl.line && tl.line != loc.line) loc = tl;
            diag_add_step(d, rc_loc(rc, loc), "%s, so control goes here", t);
            last_line = loc.line;
            continue;
        }
        ir_loc loc = block_first_loc(fn, b);
        if (!loc.line || loc.line == last_line) continue;
        diag_add_step(d, rc_loc(rc, loc), "this branch is taken");
        last_line = loc.line;
    }
}

/* ======================================================================
 * The lifetime engine
 * ====================================================================== */

typedef struct lt_ctx {
    const ir_tu *tu;
    analysis *an;
    const ir_func *fn;
    const lt_spec *spec;
    uint32_t nsites;
    uint32_t site_event[DF_BITS];
    ir_key site_key[DF_BITS];
    int32_t *site_of_event;   /* per event: site index or -1 */
} lt_ctx;

/* Is the variable a local (or temporary) the function owns outright? */
static bool trackable(const ir_tu *tu, const ir_func *fn, ir_key k) {
    if (!k || ir_key_nonlocal(tu, k)) return false;
    ir_key r = ir_key_root(tu, k);
    const ir_keyinfo *ri = &tu->keys[r];
    if (ri->kind == KEY_TEMP) return true;
    if (ri->kind != KEY_LOCAL) return false;
    if (ri->index >= 0 && (uint32_t)ri->index < fn->nlocals && fn->locals[ri->index].is_static) return false;
    return true;
}

/* The store of a creation's own result into its variable (an EV_ASSIGN the
 * frontend may emit next to the call) is not an overwrite. */
static bool is_creation_store(const lt_ctx *c, uint32_t e, ir_key k) {
    const ir_event *ev = &c->fn->events[e];
    if (ev->nargs > 0 && ev->args[0].is_null) return false; /* t = NULL: a real overwrite */
    if (ev->nargs > 0) {
        ir_key src = ev->args[0].value ? ev->args[0].value : ev->args[0].obj;
        if (src && c->tu->keys[src].kind == KEY_TEMP) {
            int32_t def = c->tu->keys[src].index;
            if (def >= 0 && (uint32_t)def < c->fn->nevents && c->site_of_event[def] >= 0) return true;
        }
    }
    for (int d = -2; d <= 2; d++) {
        int64_t o = (int64_t)e + d;
        if (d == 0 || o < 0 || (uint64_t)o >= c->fn->nevents) continue;
        int32_t s = c->site_of_event[o];
        if (s >= 0 && c->site_key[s] == k) return true;
    }
    return false;
}

/* Does the event end the function's responsibility for the object in k
 * (released, or handed to someone else)? */
/* A hand-off of an aggregate the IR cannot see into (see lt_opaque_aggregate):
 * a compound literal that names k, or an initializer-list local. */
static bool opaque_handoff(const lt_ctx *c, const ir_operand *op, ir_key k) {
    if (!lt_opaque_aggregate(c->tu, c->fn, op)) return false;
    if (op->obj || op->value) return true;
    const ir_keyinfo *ki = &c->tu->keys[k];
    return lt_text_mentions(op->text, ki->name) || (ki->kind == KEY_TEMP && op->text && ki->name &&
                                                    strstr(op->text, ki->name) != NULL);
}

static bool lt_kills(const lt_ctx *c, const ir_event *ev, ir_key k) {
    const ir_tu *tu = c->tu;
    if ((ev->kind == EV_SPAWN || ev->kind == EV_RETURN || ev->kind == EV_ASSIGN ||
         (ev->kind == EV_CALL && ev->api == API_NONE && !ev->deferred)))
        for (uint32_t a = 0; a < ev->nargs; a++)
            if (opaque_handoff(c, &ev->args[a], k)) return true;
    switch (ev->kind) {
    case EV_CALL: {
        if (c->spec->releases(tu, c->fn, ev, k)) return true;
        const ir_operand *target;
        ir_api api = lt_call_api(c->fn, ev, &target);
        if (api != API_NONE) {
            /* A co.h call keeps nothing, except a value sent on a channel. */
            if (api == API_CHAN_SEND && ev->nargs > 1 && lt_refers(tu, &ev->args[1], k)) return true;
            if (api == API_SELECT || api == API_SELECT_TRY)
                for (uint32_t i = 0; i < ev->ncases; i++)
                    if (ev->cases[i].op == 2 && lt_refers(tu, &ev->cases[i].elem, k)) return true;
            return false;
        }
        for (uint32_t a = 0; a < ev->nargs; a++) {
            if (!lt_refers(tu, &ev->args[a], k)) continue;
            if (ev->func >= 0) {
                if (lt_call_takes(c->an, tu, ev, &ev->args[a], k, c->spec->release_eff, 2)) return true;
            } else if (!harmless_library_callee(ev->callee)) {
                return true; /* a function cvet cannot see may keep it */
            }
        }
        return false;
    }
    case EV_SPAWN:
        for (uint32_t a = 0; a < ev->nargs; a++)
            if (lt_refers(tu, &ev->args[a], k)) return true;
        return false;
    case EV_ASSIGN:
        /* copied into another variable, a struct or a global: handed off */
        return ev->nargs > 0 && ev->key != k && lt_refers(tu, &ev->args[0], k);
    case EV_RETURN:
        return ev->nargs > 0 && lt_refers(tu, &ev->args[0], k);
    default:
        return false;
    }
}

static void lt_boundary(void *st, void *ctx) { (void)ctx; memset(st, 0, sizeof(df_bits)); }
static void lt_bottom(void *st, void *ctx) { (void)ctx; memset(st, 0, sizeof(df_bits)); }
static void lt_join(void *dst, const void *src, void *ctx) {
    (void)ctx;
    df_bits *d = dst; const df_bits *s = src;
    for (unsigned i = 0; i < DF_BITS / 64; i++) d->w[i] |= s->w[i];
}

static void lt_transfer(void *st, const ir_func *fn, const ir_event *ev, void *vctx) {
    lt_ctx *c = vctx;
    df_bits *live = st;
    uint32_t e = (uint32_t)(ev - fn->events);
    for (uint32_t s = 0; s < c->nsites; s++) {
        if (!df_bit_get(live, s)) continue;
        if (lt_kills(c, ev, c->site_key[s])) df_bit_clear(live, s);
        else if ((ev->kind == EV_ASSIGN || ev->kind == EV_WRITE) && ev->key == c->site_key[s] &&
                 !is_creation_store(c, e, ev->key))
            df_bit_clear(live, s); /* overwritten: reported by the walk */
    }
    int32_t site = c->site_of_event[e];
    if (site >= 0) {
        for (uint32_t s = 0; s < c->nsites; s++)
            if (c->site_key[s] == c->site_key[site]) df_bit_clear(live, s);
        df_bit_set(live, (unsigned)site);
    }
}

static bool lt_edge(void *st, const ir_func *fn, const ir_block *from, const ir_edge *e, void *vctx) {
    (void)fn; (void)from;
    lt_ctx *c = vctx;
    if (!c->spec->null_result_drops || e->event < 0 || (uint32_t)e->event >= c->fn->nevents) return true;
    int32_t site = c->site_of_event[e->event];
    if (site < 0) return true;
    if (e->cond == COND_ZERO || (e->cond == COND_EQ && e->value == 0)) df_bit_clear(st, (unsigned)site);
    return true;
}

typedef struct lt_path_ud { const df_result *r; uint32_t from, to; unsigned bit; } lt_path_ud;

static bool lt_avoid(const ir_func *fn, uint32_t b, void *vud) {
    (void)fn;
    const lt_path_ud *u = vud;
    if (b == u->from || b == u->to) return false;
    if (!df_reached(u->r, b)) return true;
    return !(df_bit_get(df_in(u->r, b), u->bit) && df_bit_get(df_out(u->r, b), u->bit));
}

/* A path of blocks from the site's block to `to` along which the site stays
 * live. `around`: from == to, and the path must leave and come back. */
static uint32_t lt_find_path(const ir_func *fn, const df_result *r, uint32_t from, uint32_t to, unsigned bit,
                             bool around, uint32_t *out) {
    lt_path_ud u = { r, from, to, bit };
    if (!around) return cfg_find_path(fn, from, to, lt_avoid, &u, out, LT_MAX_PATH);
    uint32_t best = 0, tmp[LT_MAX_PATH];
    const ir_block *bk = &fn->blocks[from];
    for (uint32_t s = 0; s < bk->nsuccs; s++) {
        uint32_t n = cfg_find_path(fn, bk->succs[s].to, to, lt_avoid, &u, tmp, LT_MAX_PATH - 1);
        if (n && (!best || n + 1 < best)) {
            out[0] = from;
            memcpy(out + 1, tmp, n * sizeof *tmp);
            best = n + 1;
        }
    }
    return best;
}

typedef struct lt_walk_ud {
    lt_ctx *c;
    const df_result *r;
    bool *reported;
    rule_ctx *rc;
    lt_report_fn report;
    void *ud;
} lt_walk_ud;

static void lt_emit(lt_walk_ud *w, uint32_t s, lt_how how, int32_t lose_event, uint32_t to_block, bool around) {
    lt_ctx *c = w->c;
    lt_finding f;
    memset(&f, 0, sizeof f);
    f.site_event = c->site_event[s];
    f.key = c->site_key[s];
    f.how = how;
    f.lose_event = lose_event;
    uint32_t from = cfg_block_of_event(c->fn, f.site_event);
    f.npath = lt_find_path(c->fn, w->r, from, to_block, s, around, f.path);
    w->reported[s] = true;
    w->report(w->rc, c->fn, &f, w->ud);
}

static void lt_visit(const void *state, const ir_event *ev, uint32_t index, void *vud) {
    lt_walk_ud *w = vud;
    lt_ctx *c = w->c;
    const df_bits *live = state;
    int32_t site = c->site_of_event[index];
    for (uint32_t s = 0; s < c->nsites; s++) {
        if (w->reported[s] || !df_bit_get(live, s)) continue;
        ir_key k = c->site_key[s];
        bool overwritten = false;
        if (site >= 0 && c->site_key[site] == k) overwritten = true;
        else if ((ev->kind == EV_ASSIGN || ev->kind == EV_WRITE) && ev->key == k && !lt_kills(c, ev, k) &&
                 !is_creation_store(c, index, k))
            overwritten = true;
        if (!overwritten) continue;
        uint32_t b = cfg_block_of_event(c->fn, index);
        uint32_t sb = cfg_block_of_event(c->fn, c->site_event[s]);
        lt_emit(w, s, LT_OVERWRITTEN, (int32_t)index, b, b == sb && index <= c->site_event[s]);
    }
}

static int32_t block_return(const ir_func *fn, uint32_t b) {
    const ir_block *bk = &fn->blocks[b];
    for (uint32_t e = bk->first_event + bk->nevents; e-- > bk->first_event;)
        if (fn->events[e].kind == EV_RETURN) return (int32_t)e;
    return -1;
}

/* The return event at the end of a path to the exit, or -1. A path longer
 * than LT_MAX_PATH is truncated: then take a predecessor of the exit that
 * the site reaches live (any, when r is NULL). */
static int32_t lt_return_on_path(const ir_func *fn, const lt_finding *f, const df_result *r, unsigned bit) {
    if (f->npath && f->path[f->npath - 1] != fn->exit) {
        const ir_block *ex = &fn->blocks[fn->exit];
        for (uint32_t i = 0; i < ex->npreds; i++) {
            uint32_t p = ex->preds[i];
            if (r && (!df_reached(r, p) || !df_bit_get(df_out(r, p), bit))) continue;
            return block_return(fn, p);
        }
        return -1;
    }
    for (uint32_t i = f->npath; i-- > 0;) {
        uint32_t b = f->path[i];
        if (b == fn->exit) continue;
        const ir_block *bk = &fn->blocks[b];
        for (uint32_t e = bk->first_event + bk->nevents; e-- > bk->first_event;)
            if (fn->events[e].kind == EV_RETURN) return (int32_t)e;
        return -1;
    }
    return -1;
}

/* Code that sets the variable to NULL and also releases it usually tests it
 * (`if (t) co_timer_stop(t);`) before the release; the IR does not attach
 * such a test of a local to its edges, so a path through the false branch
 * would look like a leak. Stay silent on such variables. */
static bool null_managed(const lt_ctx *c, ir_key k) {
    bool nulled = false, released = false;
    for (uint32_t e = 0; e < c->fn->nevents; e++) {
        const ir_event *ev = &c->fn->events[e];
        if (ev->kind == EV_ASSIGN && ev->key == k && ev->nargs && ev->args[0].is_null) nulled = true;
        if (ev->kind == EV_CALL && c->spec->releases(c->tu, c->fn, ev, k)) released = true;
    }
    return nulled && released;
}

static void lt_run_func(rule_ctx *rc, const ir_func *fn, const lt_spec *spec, lt_report_fn report, void *ud) {
    const ir_tu *tu = rc_tu(rc);
    lt_ctx c;
    memset(&c, 0, sizeof c);
    c.tu = tu; c.an = rc_analysis(rc); c.fn = fn; c.spec = spec;
    c.site_of_event = malloc(sizeof *c.site_of_event * (fn->nevents ? fn->nevents : 1));
    for (uint32_t e = 0; e < fn->nevents; e++) {
        c.site_of_event[e] = -1;
        ir_key k = spec->created(tu, fn, &fn->events[e]);
        if (!k || !trackable(tu, fn, k) || c.nsites >= DF_BITS) continue;
        c.site_of_event[e] = (int32_t)c.nsites;
        c.site_event[c.nsites] = e;
        c.site_key[c.nsites] = k;
        c.nsites++;
    }
    if (c.nsites == 0 || fn->nblocks == 0) { free(c.site_of_event); return; }

    df_problem p = { sizeof(df_bits), false, lt_boundary, lt_bottom, lt_join, lt_transfer, lt_edge, &c };
    df_result *r = df_solve(fn, &p);
    bool reported[DF_BITS] = { false };
    lt_walk_ud w = { &c, r, reported, rc, report, ud };
    for (uint32_t b = 0; b < fn->nblocks; b++)
        if (df_reached(r, b)) df_walk_block(r, fn, b, lt_visit, &w);
    if (df_reached(r, fn->exit)) {
        const df_bits *at_exit = df_in(r, fn->exit);
        for (uint32_t s = 0; s < c.nsites; s++) {
            if (reported[s] || !df_bit_get(at_exit, s)) continue;
            if (null_managed(&c, c.site_key[s])) continue;
            lt_finding f;
            memset(&f, 0, sizeof f);
            f.site_event = c.site_event[s];
            f.key = c.site_key[s];
            f.how = LT_LOST_AT_EXIT;
            f.npath = lt_find_path(fn, r, cfg_block_of_event(fn, f.site_event), fn->exit, s, false, f.path);
            f.lose_event = lt_return_on_path(fn, &f, r, s);
            reported[s] = true;
            report(rc, fn, &f, ud);
        }
    }
    /* Sites handed to a goroutine that drops them (seen through its summary). */
    for (uint32_t s = 0; s < c.nsites; s++) {
        if (reported[s]) continue;
        ir_key k = c.site_key[s];
        int32_t drop_spawn = -1;
        bool handled_elsewhere = false;
        for (uint32_t e = 0; e < fn->nevents && !handled_elsewhere; e++) {
            const ir_event *ev = &fn->events[e];
            if (e == c.site_event[s]) continue;
            if (ev->kind == EV_SPAWN && ev->nargs >= 2 && lt_refers(tu, &ev->args[1], k)) {
                int32_t g = ev->func >= 0 ? ev->func : ev->args[0].func;
                const fn_summary *sum = g >= 0 && (uint32_t)g < tu->nfuncs ? summary_of(c.an, (uint32_t)g) : NULL;
                if (!sum || !sum->returns ||
                    lt_call_takes(c.an, tu, ev, &ev->args[1], k, spec->release_eff, 2) || drop_spawn >= 0)
                    handled_elsewhere = true;
                else
                    drop_spawn = (int32_t)e;
                continue;
            }
            if (lt_kills(&c, ev, k)) handled_elsewhere = true;
        }
        if (handled_elsewhere || drop_spawn < 0) continue;
        lt_finding f;
        memset(&f, 0, sizeof f);
        f.site_event = c.site_event[s];
        f.key = k;
        f.how = LT_GOROUTINE_DROPS;
        f.lose_event = drop_spawn;
        reported[s] = true;
        report(rc, fn, &f, ud);
    }
    df_free(r);
    free(c.site_of_event);
}

void lt_run(rule_ctx *rc, const lt_spec *spec, lt_report_fn report, void *ud) {
    const ir_tu *tu = rc_tu(rc);
    for (uint32_t f = 0; f < tu->nfuncs; f++) lt_run_func(rc, &tu->funcs[f], spec, report, ud);
}

/* ======================================================================
 * timer-not-stopped
 * ====================================================================== */

static ir_key timer_created(const ir_tu *tu, const ir_func *fn, const ir_event *ev) {
    (void)tu; (void)fn;
    if (ev->kind != EV_CALL || ev->deferred) return 0;
    if (ev->api != API_TIMER_NEW && ev->api != API_TICKER_NEW) return 0;
    return ev->key;
}

static bool timer_releases(const ir_tu *tu, const ir_func *fn, const ir_event *ev, ir_key k) {
    const ir_operand *target;
    ir_api api = lt_call_api(fn, ev, &target);
    if (api != API_TIMER_STOP && api != API_TICKER_STOP) return false;
    return target && lt_ptr_of(tu, target) == k;
}

static const char *key_name(const ir_tu *tu, ir_key k, char *buf, size_t len) {
    if (tu->keys[ir_key_root(tu, k)].kind == KEY_TEMP) return NULL;
    return ir_key_str(tu, k, buf, len);
}

static void timer_report(rule_ctx *rc, const ir_func *fn, const lt_finding *f, void *ud) {
    (void)ud;
    const ir_tu *tu = rc_tu(rc);
    const ir_event *site = &fn->events[f->site_event];
    const char *what = site->api == API_TICKER_NEW ? "ticker" : "timer";
    const char *guard = site->api == API_TICKER_NEW ? "CO_DEFER_TICKER_STOP" : "CO_DEFER_TIMER_STOP";
    const char *stop = site->api == API_TICKER_NEW ? "co_ticker_stop" : "co_timer_stop";
    char nbuf[128];
    const char *name = key_name(tu, f->key, nbuf, sizeof nbuf);
    ir_loc lose = lt_exit_loc(fn, f->lose_event);
    diag *d;
    if (f->how == LT_GOROUTINE_DROPS) {
        const ir_event *sp = &fn->events[f->lose_event];
        int32_t g = sp->func >= 0 ? sp->func : sp->args[0].func;
        const char *gname = tu->funcs[g].name;
        d = rc_report(rc, site->loc, "%s %s created here is handed to goroutine %s (line %u), which returns without "
                      "stopping it, and nothing else stops it; call %s in %s", what, name ? name : "(unnamed)",
                      gname, sp->loc.line, stop, gname);
        diag_add_related(d, rc_loc(rc, sp->loc), "handed to goroutine %s here", gname);
        diag_add_related(d, rc_loc(rc, tu->funcs[g].end_loc), "%s returns here without stopping it", gname);
        return;
    }
    if (f->how == LT_OVERWRITTEN) {
        d = rc_report(rc, site->loc, "%s %s created here is overwritten at line %u%s before it is stopped; "
                      "the old %s is never stopped (call %s first)",
                      what, name ? name : "(unnamed)", lose.line,
                      f->lose_event == (int32_t)f->site_event ? " (by the next iteration)" : "", what, stop);
        diag_add_related(d, rc_loc(rc, lose), "%s overwritten here", name ? name : what);
    } else if (!name) {
        d = rc_report(rc, site->loc, "the %s created here is discarded and can never be stopped", what);
    } else if (f->lose_event >= 0) {
        d = rc_report(rc, site->loc, "%s %s created here is never stopped on the path to the return at line %u; "
                      "call %s on that path or declare %s(%s)", what, name, lose.line, stop, guard, name);
        diag_add_related(d, rc_loc(rc, lose), "this return loses %s", name);
    } else {
        d = rc_report(rc, site->loc, "%s %s created here is never stopped before %s ends (line %u); "
                      "call %s or declare %s(%s)", what, name, fn->name, lose.line, stop, guard, name);
        diag_add_related(d, rc_loc(rc, lose), "%s ends here without stopping %s", fn->name, name);
    }
    diag_add_step(d, rc_loc(rc, site->loc), "%s %s created here", what, name ? name : "");
    lt_add_branch_steps(rc, d, fn, f->path, f->npath);
    if (f->how == LT_OVERWRITTEN)
        diag_add_step(d, rc_loc(rc, lose), "%s overwritten while the %s is live", name ? name : what, what);
    else
        diag_add_step(d, rc_loc(rc, lose), "%s leaves without stopping %s", fn->name, name ? name : what);
}

static const lt_spec timer_spec = {
    timer_created, timer_releases, { EFF_TIMER_STOP, EFF_TICKER_STOP }, true,
};

static void check_timer_not_stopped(rule_ctx *rc) { lt_run(rc, &timer_spec, timer_report, NULL); }

static const rule rule_timer_not_stopped = {
    "timer-not-stopped", "TimerNotStopped",
    "A timer or ticker is neither stopped nor handed off on some path",
    "A co_timer_new/co_ticker_new result that some path out of the function neither stops nor hands "
    "off (struct, global, return, a helper that stops or keeps it, a goroutine, a CO_DEFER_*_STOP "
    "guard). Stop is the free: the timer's memory, and a ticker's wake-ups, leak forever.",
    LEVEL_WARNING, check_timer_not_stopped,
};

/* ======================================================================
 * timer-use-after-stop
 * ====================================================================== */

static bool is_timer_use(ir_api a) {
    return a == API_TIMER_STOP || a == API_TIMER_RESET || a == API_TIMER_CHAN || a == API_TICKER_STOP ||
           a == API_TICKER_RESET || a == API_TICKER_CHAN;
}

typedef struct uas_ctx {
    const ir_tu *tu;
    const ir_func *fn;
    uint32_t nsites;
    uint32_t site_event[DF_BITS];
    ir_key site_key[DF_BITS];
    int32_t *site_of_event;
} uas_ctx;

static ir_key use_target(const ir_tu *tu, const ir_func *fn, const ir_event *ev, ir_api *api) {
    const ir_operand *target;
    *api = lt_call_api(fn, ev, &target);
    if (!is_timer_use(*api) || !target) return 0;
    return lt_ptr_of(tu, target);
}

static bool local_address_taken(const ir_tu *tu, const ir_func *fn, ir_key k) {
    ir_key r = ir_key_root(tu, k);
    const ir_keyinfo *ri = &tu->keys[r];
    if (ri->kind == KEY_LOCAL && ri->index >= 0 && (uint32_t)ri->index < fn->nlocals)
        return fn->locals[ri->index].address_taken;
    if (ri->kind == KEY_PARAM && ri->index >= 0 && (uint32_t)ri->index < fn->nparams)
        return fn->params[ri->index].address_taken;
    return false;
}

static void uas_transfer(void *st, const ir_func *fn, const ir_event *ev, void *vctx) {
    uas_ctx *c = vctx;
    const ir_tu *tu = c->tu;
    df_bits *stopped = st;
    uint32_t e = (uint32_t)(ev - fn->events);
    bool opaque_call = ev->kind == EV_CALL && ev->api == API_NONE && !ev->deferred;
    for (uint32_t s = 0; s < c->nsites; s++) {
        if (!df_bit_get(stopped, s)) continue;
        ir_key k = c->site_key[s];
        bool clear = false;
        if ((ev->kind == EV_ASSIGN || ev->kind == EV_WRITE) && ev->key && ir_key_is_prefix(tu, ev->key, k))
            clear = true; /* the variable (or what holds it) gets a new value */
        else if (ev->kind == EV_CALL && (ev->api == API_TIMER_NEW || ev->api == API_TICKER_NEW) && ev->key == k)
            clear = true;
        else if (opaque_call && ir_key_nonlocal(tu, k))
            clear = true; /* a callee may have replaced s->t */
        else if (opaque_call)
            for (uint32_t a = 0; a < ev->nargs; a++)
                if (ev->args[a].obj && ir_key_is_prefix(tu, ev->args[a].obj, k)) clear = true; /* &t passed */
        if (clear) df_bit_clear(stopped, s);
    }
    int32_t site = c->site_of_event[e];
    if (site >= 0) df_bit_set(stopped, (unsigned)site);
}

typedef struct uas_walk { uas_ctx *c; rule_ctx *rc; bool reported_site[DF_BITS]; } uas_walk;

static void uas_visit(const void *state, const ir_event *ev, uint32_t index, void *vud) {
    (void)index;
    uas_walk *w = vud;
    uas_ctx *c = w->c;
    const ir_tu *tu = c->tu;
    const ir_func *fn = c->fn;
    ir_api api;
    ir_key k = use_target(tu, fn, ev, &api);
    if (!k) return;
    const df_bits *stopped = state;
    for (uint32_t s = 0; s < c->nsites; s++) {
        if (c->site_key[s] != k || !df_bit_get(stopped, s)) continue;
        const ir_event *stop = &fn->events[c->site_event[s]];
        char nbuf[128];
        const char *name = ir_key_str(tu, k, nbuf, sizeof nbuf);
        diag *d;
        if (ev->deferred && !stop->deferred) {
            /* The guard stops it again at scope exit: report the explicit stop. */
            if (w->reported_site[s]) return;
            w->reported_site[s] = true;
            const char *g = api == API_TICKER_STOP ? "CO_DEFER_TICKER_STOP" : "CO_DEFER_TIMER_STOP";
            ir_loc gl = ev->loc;
            if (ev->defer_event >= 0 && (uint32_t)ev->defer_event < fn->nevents) gl = fn->events[ev->defer_event].loc;
            d = rc_report(w->rc, stop->loc,
                          "%s is stopped here and again by its %s guard (line %u) when the scope exits: "
                          "the second stop touches freed memory; drop one of them", name, g, gl.line);
            diag_add_related(d, rc_loc(w->rc, gl), "guard declared here");
            diag_add_step(d, rc_loc(w->rc, stop->loc), "%s stopped (and freed) here", name);
            diag_add_step(d, rc_loc(w->rc, ev->loc), "the guard stops %s again at scope exit", name);
        } else {
            d = rc_report(w->rc, ev->loc, "%s of %s after it was stopped (and freed) at line %u: use after free",
                          ir_api_name(api), name, stop->loc.line);
            diag_add_related(d, rc_loc(w->rc, stop->loc), "%s stopped and freed here", name);
            diag_add_step(d, rc_loc(w->rc, stop->loc), "%s stopped (and freed) here", name);
            diag_add_step(d, rc_loc(w->rc, ev->loc), "%s used again here", name);
        }
        return; /* one finding per use */
    }
}

static void check_timer_use_after_stop(rule_ctx *rc) {
    const ir_tu *tu = rc_tu(rc);
    for (uint32_t f = 0; f < tu->nfuncs; f++) {
        const ir_func *fn = &tu->funcs[f];
        uas_ctx c;
        memset(&c, 0, sizeof c);
        c.tu = tu; c.fn = fn;
        c.site_of_event = malloc(sizeof *c.site_of_event * (fn->nevents ? fn->nevents : 1));
        for (uint32_t e = 0; e < fn->nevents; e++) {
            c.site_of_event[e] = -1;
            ir_api api;
            ir_key k = use_target(tu, fn, &fn->events[e], &api);
            if (!k || (api != API_TIMER_STOP && api != API_TICKER_STOP) || c.nsites >= DF_BITS) continue;
            if (local_address_taken(tu, fn, k)) continue;
            c.site_of_event[e] = (int32_t)c.nsites;
            c.site_event[c.nsites] = e;
            c.site_key[c.nsites] = k;
            c.nsites++;
        }
        if (c.nsites && fn->nblocks) {
            df_problem p = { sizeof(df_bits), false, lt_boundary, lt_bottom, lt_join, uas_transfer, NULL, &c };
            df_result *r = df_solve(fn, &p);
            uas_walk w;
            memset(&w, 0, sizeof w);
            w.c = &c; w.rc = rc;
            for (uint32_t b = 0; b < fn->nblocks; b++)
                if (df_reached(r, b)) df_walk_block(r, fn, b, uas_visit, &w);
            df_free(r);
        }
        free(c.site_of_event);
    }
}

static const rule rule_timer_use_after_stop = {
    "timer-use-after-stop", "TimerUseAfterStop",
    "A timer or ticker is stopped twice, reset or read after it was stopped",
    "co_timer_stop and co_ticker_stop stop and free the timer: a second stop, a reset or a "
    "co_timer_chan/co_ticker_chan on a path after the stop is a use after free (Go's drain idiom "
    "included).",
    LEVEL_ERROR, check_timer_use_after_stop,
};

/* ======================================================================
 * tick-leak
 * ====================================================================== */

static int32_t any_return_event(const ir_func *fn, const uint32_t *path, uint32_t n) {
    for (uint32_t i = n; i-- > 0;) {
        uint32_t b = path[i];
        if (b == fn->exit) continue;
        const ir_block *bk = &fn->blocks[b];
        for (uint32_t e = bk->first_event + bk->nevents; e-- > bk->first_event;)
            if (fn->events[e].kind == EV_RETURN) return (int32_t)e;
        return -1;
    }
    return -1;
}

static void check_tick_leak(rule_ctx *rc) {
    const ir_tu *tu = rc_tu(rc);
    analysis *an = rc_analysis(rc);
    for (uint32_t f = 0; f < tu->nfuncs; f++) {
        const ir_func *fn = &tu->funcs[f];
        const cg_node *node = cg_node_of(an, f);
        if (node && node->is_main) continue; /* lives as long as the program */
        for (uint32_t e = 0; e < fn->nevents; e++) {
            const ir_event *ev = &fn->events[e];
            if (ev->kind != EV_CALL || ev->api != API_TICK) continue;
            uint32_t b = cfg_block_of_event(fn, e);
            uint32_t path[LT_MAX_PATH];
            uint32_t n = cfg_find_path(fn, b, fn->exit, NULL, NULL, path, LT_MAX_PATH);
            if (!n) continue; /* endless: never returns from here */
            int32_t ret = any_return_event(fn, path, n);
            if (path[n - 1] != fn->exit) { /* truncated: any return will do */
                lt_finding tf;
                memset(&tf, 0, sizeof tf);
                tf.npath = 1; tf.path[0] = path[n - 1];
                ret = lt_return_on_path(fn, &tf, NULL, 0);
            }
            ir_loc rl = lt_exit_loc(fn, ret);
            diag *d = rc_report(rc, ev->loc,
                                "co_tick in %s creates a ticker that can never be stopped; it keeps firing after "
                                "%s returns (line %u); use co_ticker_new and co_ticker_stop",
                                fn->name, fn->name, rl.line);
            diag_add_related(d, rc_loc(rc, rl), "%s returns here, abandoning the ticker", fn->name);
            diag_add_step(d, rc_loc(rc, ev->loc), "unstoppable ticker created here");
            lt_add_branch_steps(rc, d, fn, path, n);
            diag_add_step(d, rc_loc(rc, rl), "%s returns; the ticker keeps running", fn->name);
        }
    }
}

static const rule rule_tick_leak = {
    "tick-leak", "TickLeak",
    "co_tick in a function that returns leaks an unstoppable ticker",
    "co_tick returns the channel of a ticker that can never be stopped. Outside the main goroutine's "
    "function and endless service loops, the ticker outlives its only reader and fires forever "
    "(staticcheck SA1015).",
    LEVEL_WARNING, check_tick_leak,
};

/* ======================================================================
 * after-in-loop
 * ====================================================================== */

/* Does operand `op` designate the channel made by co_after event `ae`
 * (its temporary, or a local the result was stored in)? */
static bool is_after_chan(const ir_tu *tu, const ir_func *fn, const ir_operand *op, uint32_t ae) {
    const ir_event *a = &fn->events[ae];
    ir_key cand[2] = { op->value, op->obj };
    for (int i = 0; i < 2; i++) {
        ir_key k = cand[i];
        if (!k) continue;
        if (tu->keys[k].kind == KEY_DEREF) k = tu->keys[k].parent;
        if (k == a->key) return true;
        if (tu->keys[k].kind == KEY_TEMP && tu->keys[k].index == (int32_t)ae) return true;
    }
    if (op->text && a->text && strcmp(op->text, a->text) == 0) return true;
    return false;
}

/* Can the loop go round from block `b` (after the co_after ran) and reach
 * the co_after's block again? */
static bool goes_round(const ir_func *fn, uint32_t b, uint32_t after_block) {
    uint64_t *bits = calloc((fn->nblocks + 63) / 64, sizeof *bits);
    cfg_reachable(fn, b, bits);
    bool r = (bits[after_block / 64] >> (after_block % 64)) & 1;
    free(bits);
    return r;
}

/* Is there an edge testing select event `se` that can be taken when a case
 * other than `after_case` won, from which the co_after is reached again? */
static bool other_case_loops(const ir_func *fn, uint32_t se, int after_case, uint32_t ncases, uint32_t after_block) {
    bool any_edge = false;
    for (uint32_t b = 0; b < fn->nblocks; b++) {
        const ir_block *bk = &fn->blocks[b];
        for (uint32_t s = 0; s < bk->nsuccs; s++) {
            const ir_edge *e = &bk->succs[s];
            if (e->event != (int32_t)se || e->cond == COND_ALWAYS) continue;
            any_edge = true;
            /* Which results are compatible with this edge, given all edges
             * from b to the same target (a switch default = several NE)? */
            bool possible_other = false;
            for (uint32_t v = 0; v < ncases && !possible_other; v++) {
                if ((int)v == after_case) continue;
                bool ok = false;
                for (uint32_t t = 0; t < bk->nsuccs; t++) {
                    const ir_edge *x = &bk->succs[t];
                    if (x->to != e->to || x->event != e->event) continue;
                    bool this_ok;
                    switch (x->cond) {
                    case COND_EQ: this_ok = x->value == (int64_t)v; break;
                    case COND_NE: this_ok = x->value != (int64_t)v; break;
                    case COND_ZERO: this_ok = v == 0; break;
                    case COND_NONZERO: this_ok = v != 0; break;
                    default: this_ok = true; break;
                    }
                    if (x->cond == COND_NE) { ok = true; if (!this_ok) { ok = false; break; } }
                    else if (this_ok) { ok = true; break; }
                }
                if (ok) possible_other = true;
            }
            if (possible_other && goes_round(fn, e->to, after_block)) return true;
        }
    }
    if (!any_edge) return true; /* result not tested: assume any case may win and loop */
    return false;
}

static void check_after_in_loop(rule_ctx *rc) {
    const ir_tu *tu = rc_tu(rc);
    for (uint32_t f = 0; f < tu->nfuncs; f++) {
        const ir_func *fn = &tu->funcs[f];
        for (uint32_t ae = 0; ae < fn->nevents; ae++) {
            const ir_event *a = &fn->events[ae];
            if (a->kind != EV_CALL || a->api != API_AFTER) continue;
            uint32_t ab = cfg_block_of_event(fn, ae);
            bool in_loop = fn->blocks[ab].loop >= 0;
            bool cyclic = false;
            for (uint32_t s = 0; s < fn->blocks[ab].nsuccs && !cyclic; s++)
                cyclic = goes_round(fn, fn->blocks[ab].succs[s].to, ab);
            if (!in_loop || !cyclic) continue;
            /* How is the channel consumed? */
            bool blocking_recv = false, in_select = false, piles = false;
            for (uint32_t e = 0; e < fn->nevents; e++) {
                const ir_event *u = &fn->events[e];
                if (u->kind != EV_CALL) continue;
                if (u->api == API_CHAN_RECV && u->nargs > 0 && is_after_chan(tu, fn, &u->args[0], ae)) {
                    uint32_t ub = cfg_block_of_event(fn, e);
                    if (ub == ab || fn->blocks[ub].loop == fn->blocks[ab].loop) blocking_recv = true;
                }
                if ((u->api == API_SELECT || u->api == API_SELECT_TRY) && u->cases_known) {
                    for (uint32_t c = 0; c < u->ncases; c++) {
                        if (u->cases[c].op != 1 || !is_after_chan(tu, fn, &u->cases[c].chan, ae)) continue;
                        in_select = true;
                        if (other_case_loops(fn, e, (int)c, u->ncases, ab)) piles = true;
                    }
                }
            }
            if (blocking_recv && !in_select) continue; /* a sleep: each timer fires before the next */
            if (in_select && !piles) continue;         /* the loop only goes round once the timer fired */
            const ir_loop *lp = &fn->loops[fn->blocks[ab].loop];
            diag *d = rc_report(rc, a->loc,
                                "co_after in a loop creates a new timer on every iteration; while another case wins, "
                                "the old timers stay pending until they fire; create one co_timer before the loop "
                                "and re-arm it with co_timer_reset");
            diag_add_related(d, rc_loc(rc, lp->loc), "the loop");
        }
    }
}

static const rule rule_after_in_loop = {
    "after-in-loop", "AfterInLoop",
    "co_after in a loop piles up pending timers",
    "co_after creates a timer that lives until it fires. Called in a loop whose other select cases "
    "keep the loop going, every iteration leaves one more pending timer; use one co_timer and "
    "co_timer_reset.",
    LEVEL_WARNING, check_after_in_loop,
};

const rule *const rules_timer[] = {
    &rule_timer_not_stopped, &rule_timer_use_after_stop, &rule_tick_leak, &rule_after_in_loop, NULL,
};
