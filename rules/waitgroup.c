/* rules/waitgroup.c: WaitGroup Add/Done mismatches (issue 6).
 * Every rule here works on the goroutine structure of a translation unit:
 * a spawner P that Adds to a group W, the goroutines F it spawns (their
 * summaries, mapped to P's keys through co_go's argument), and P's Wait.
 * Counts are compared per path with a small dataflow that ignores loop
 * back edges and multiplies by constant trip counts instead. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "rule.h"

/* ---- Shared helpers ------------------------------------------------------ */

static eff_kind wg_kind(ir_api api) {
    switch (api) {
    case API_WG_ADD: return EFF_WG_ADD;
    case API_WG_DONE: return EFF_WG_DONE;
    case API_WG_WAIT: return EFF_WG_WAIT;
    default: return EFF__COUNT;
    }
}

/* Does event `ev` (in its function's key space) do `kind` to W? Direct
 * runtime calls (deferred ones too) or calls whose summary does it. */
static bool event_does(analysis *an, const ir_event *ev, eff_kind kind, ir_key w, bool must) {
    if (ev->kind != EV_CALL) return false;
    if (ev->api != API_NONE && ev->api != API_ONCE_DO)
        return wg_kind(ev->api) == kind && ev->nargs && ev->args[0].obj == w;
    return summary_call_does(an, ev, kind, w, must);
}

static bool fn_does(analysis *an, const ir_func *fn, eff_kind kind, ir_key w) {
    for (uint32_t e = 0; e < fn->nevents; e++)
        if (event_does(an, &fn->events[e], kind, w, false)) return true;
    return false;
}

/* The function a spawn event starts, or -1. */
static int32_t spawn_target(const ir_tu *tu, const ir_event *ev) {
    int32_t f = ev->func;
    if (f < 0 && ev->nargs) f = ev->args[0].func;
    return (f >= 0 && (uint32_t)f < tu->nfuncs) ? f : -1;
}

/* Walks the effects of one kind of every goroutine that P spawns, with
 * each effect's key mapped into P's keys (w = 0 when it cannot be named
 * there):  for (spawn_iter it = { .an = an, .tu = tu, .P = P, .kind = EFF_WG_DONE };
 *             spawn_iter_next(&it);) */
typedef struct spawn_iter {
    analysis *an; const ir_tu *tu; const ir_func *P; eff_kind kind;
    uint32_t e, i;             /* position: next event, next effect */
    const ir_event *sp;        /* out: the co_go */
    int32_t f;                 /* out: the spawned function */
    const fn_summary *sum;     /* out: its summary */
    const fn_effect *fx;       /* out: the effect */
    ir_key w;                  /* out: its key in P */
} spawn_iter;

static bool spawn_iter_next(spawn_iter *it) {
    for (; it->e < it->P->nevents; it->e++, it->i = 0) {
        const ir_event *sp = &it->P->events[it->e];
        int32_t f = sp->kind == EV_SPAWN ? spawn_target(it->tu, sp) : -1;
        if (f < 0) continue;
        const fn_summary *s = summary_of(it->an, (uint32_t)f);
        while (it->i < s->neffects) {
            const fn_effect *fx = &s->effects[it->i++];
            if (fx->kind != it->kind) continue;
            it->sp = sp; it->f = f; it->sum = s; it->fx = fx;
            it->w = summary_map_key(it->an, sp, fx->key);
            return true;
        }
    }
    return false;
}

static const char *fname(const ir_tu *tu, int32_t f) { return f >= 0 ? tu->funcs[f].name : "?"; }

/* A display name for W at event ev: the operand's spelling when the event
 * is a direct call, else the key's spelling. */
static const char *wg_text(const ir_tu *tu, const ir_event *ev, ir_key w, char *buf, size_t len) {
    if (ev && ev->kind == EV_CALL && ev->api != API_NONE && ev->nargs && ev->args[0].obj == w && ev->args[0].text)
        return ev->args[0].text;
    return ir_obj_str(tu, w, buf, len);
}

/* First event of fn doing kind to w (direct call preferred), or NULL. */
static const ir_event *first_event_doing(analysis *an, const ir_func *fn, eff_kind kind, ir_key w) {
    const ir_event *via_call = NULL;
    for (uint32_t e = 0; e < fn->nevents; e++) {
        const ir_event *ev = &fn->events[e];
        if (!event_does(an, ev, kind, w, false)) continue;
        if (ev->api != API_NONE && ev->api != API_ONCE_DO) return ev;
        if (!via_call) via_call = ev;
    }
    return via_call;
}


/* Can execution go from event `from` to event `to` without passing an event
 * for which avoid() is true? */
typedef bool (*event_pred)(analysis *an, const ir_func *fn, const ir_event *ev, void *ud);
static bool event_reaches(analysis *an, const ir_func *fn, uint32_t from, uint32_t to, event_pred avoid, void *ud) {
    uint32_t n = fn->nblocks;
    bool *seen = calloc(n ? n : 1, sizeof *seen);
    uint32_t *stack = malloc(sizeof *stack * (n + 1)), sp = 0;
    bool found = false;
    /* the rest of from's block */
    uint32_t b0 = cfg_block_of_event(fn, from);
    const ir_block *blk = &fn->blocks[b0];
    bool blocked = false;
    for (uint32_t e = from + 1; e < blk->first_event + blk->nevents; e++) {
        if (e == to) { found = true; break; }
        if (avoid && avoid(an, fn, &fn->events[e], ud)) { blocked = true; break; }
    }
    if (!found && !blocked)
        for (uint32_t s = 0; s < blk->nsuccs; s++)
            if (!seen[blk->succs[s].to]) { seen[blk->succs[s].to] = true; stack[sp++] = blk->succs[s].to; }
    while (sp && !found) {
        const ir_block *b = &fn->blocks[stack[--sp]];
        bool stop = false;
        for (uint32_t i = 0; i < b->nevents; i++) {
            uint32_t e = b->first_event + i;
            if (e == to) { found = true; break; }
            if (avoid && avoid(an, fn, &fn->events[e], ud)) { stop = true; break; }
        }
        if (found || stop) continue;
        for (uint32_t s = 0; s < b->nsuccs; s++)
            if (!seen[b->succs[s].to]) { seen[b->succs[s].to] = true; stack[sp++] = b->succs[s].to; }
    }
    free(seen); free(stack);
    return found;
}

/* Is W's group reachable by code cvet cannot see (so counts are unknown)? */
static bool group_is_static_or_local(const ir_tu *tu, ir_key w) {
    ir_key r = ir_key_root(tu, w);
    const ir_keyinfo *ki = &tu->keys[r];
    if (ki->kind == KEY_LOCAL) return true;
    if (ki->kind == KEY_GLOBAL && ki->index >= 0 && (uint32_t)ki->index < tu->nglobals)
        return tu->globals[ki->index].is_static;
    return false;
}

/* A group cvet can reason about: a variable or a field path of one, not
 * something reached through a pointer that may point anywhere. */
static bool plain_group(const ir_tu *tu, ir_key w) {
    for (ir_key k = w; k; k = tu->keys[k].parent)
        if (tu->keys[k].kind == KEY_DEREF || tu->keys[k].kind == KEY_INDEX) return false;
    return true;
}

/* Is W's address stored somewhere (`j->wg = &wg`) or handed to a function
 * cvet cannot see? Then goroutines may reach it by paths cvet does not
 * follow, and nothing can be said about who Adds or Dones it. */
static bool group_address_escapes(const ir_tu *tu, const ir_func *fn, ir_key w) {
    for (uint32_t j = 0; j < fn->nevents; j++) {
        const ir_event *ev = &fn->events[j];
        bool unknown_call = ev->kind == EV_CALL && ev->api == API_NONE && ev->func < 0 && !ev->deferred;
        if (ev->kind != EV_ASSIGN && !unknown_call) continue;
        for (uint32_t a = 0; a < ev->nargs; a++)
            if (ev->args[a].obj && ev->args[a].value != ev->args[a].obj && ir_key_is_prefix(tu, ev->args[a].obj, w))
                return true;
    }
    return false;
}

/* Does some goroutine spawned by fn call Done on a group cvet cannot name in
 * fn's keys (reached through a pointer stored in a struct, say)? It may be W. */
static bool spawn_dones_unnamed_group(analysis *an, const ir_tu *tu, const ir_func *fn) {
    for (spawn_iter it = { .an = an, .tu = tu, .P = fn, .kind = EFF_WG_DONE }; spawn_iter_next(&it);)
        if (!it.w || !plain_group(tu, it.w)) return true;
    return false;
}

/* Does any spawn in fn start a goroutine that (may) Dones W? */
static bool some_spawn_does(analysis *an, const ir_func *fn, eff_kind kind, ir_key w) {
    for (uint32_t e = 0; e < fn->nevents; e++)
        if (fn->events[e].kind == EV_SPAWN && summary_call_does(an, &fn->events[e], kind, w, false)) return true;
    return false;
}

/* Does any function in the TU (directly or through calls) do kind to w?
 * Meaningful for keys rooted at globals. */
static bool anyone_does(analysis *an, const ir_tu *tu, eff_kind kind, ir_key w) {
    for (uint32_t f = 0; f < tu->nfuncs; f++)
        if (fn_does(an, &tu->funcs[f], kind, w)) return true;
    return false;
}

static src_loc loc_of(rule_ctx *rc, ir_loc l) { return rc_loc(rc, l); }

/* Small set of reported (function, event) pairs, to report a site once. */
typedef struct seen_set { uint64_t *v; size_t n, cap; } seen_set;
static bool seen_add(seen_set *s, uint32_t f, uint32_t e) {
    uint64_t k = ((uint64_t)f << 32) | e;
    for (size_t i = 0; i < s->n; i++) if (s->v[i] == k) return false;
    if (s->n == s->cap) { s->cap = s->cap ? s->cap * 2 : 16; s->v = realloc(s->v, s->cap * sizeof *s->v); }
    s->v[s->n++] = k;
    return true;
}

/* ---- wg-add-in-goroutine ------------------------------------------------------ */
static void check_add_in_goroutine(rule_ctx *rc) {
    const ir_tu *tu = rc_tu(rc);
    analysis *an = rc_analysis(rc);
    seen_set seen = {0};
    for (uint32_t p = 0; p < tu->nfuncs; p++) {
        const ir_func *P = &tu->funcs[p];
        for (spawn_iter it = { .an = an, .tu = tu, .P = P, .kind = EFF_WG_ADD }; spawn_iter_next(&it);) {
            if (cg_may_spawn(an, (uint32_t)it.f) || !it.w || !summary_find(an, (uint32_t)it.f, EFF_WG_DONE, it.fx->key)) continue;
            const ir_func *F = &tu->funcs[it.f];
            const ir_event *wait = first_event_doing(an, P, EFF_WG_WAIT, it.w);
            if (!wait) continue;
            const ir_event *add = first_event_doing(an, F, EFF_WG_ADD, it.fx->key);
            if (!add || !seen_add(&seen, (uint32_t)it.f, (uint32_t)(add - F->events))) continue;
            char b1[128];
            const char *name = wg_text(tu, add, it.fx->key, b1, sizeof b1);
            diag *d = rc_report(rc, add->loc,
                "co_wg_add on %s runs inside the goroutine it counts (%s, spawned by %s at line %u); "
                "the co_wg_wait in %s can return before it runs: call co_wg_add before co_go",
                name, F->name, P->name, it.sp->loc.line, P->name);
            diag_add_related(d, loc_of(rc, it.sp->loc), "goroutine %s spawned here", F->name);
            diag_add_related(d, loc_of(rc, wait->loc), "co_wg_wait on %s here", name);
        }
    }
    free(seen.v);
}

/* ---- wg-done-missing ------------------------------------------------------------ */
typedef struct done_avoid { analysis *an; ir_key w; } done_avoid;

static bool block_must_done(const ir_func *fn, uint32_t b, void *ud) {
    const done_avoid *da = ud;
    for (uint32_t i = 0; i < fn->blocks[b].nevents; i++)
        if (event_does(da->an, &fn->events[fn->blocks[b].first_event + i], EFF_WG_DONE, da->w, true)) return true;
    return false;
}

static void report_missing_path(rule_ctx *rc, analysis *an, const ir_func *F, ir_key k,
                                const ir_func *P, const ir_event *sp) {
    const ir_tu *tu = rc_tu(rc);
    done_avoid da = { an, k };
    uint32_t path[64];
    uint32_t n = cfg_find_path(F, 0, F->exit, block_must_done, &da, path, 64);
    if (n == 0) return;
    /* the return on the path, if any: the last EV_RETURN in its blocks */
    ir_loc at = F->end_loc;
    for (uint32_t i = 0; i < n; i++) {
        const ir_block *b = &F->blocks[path[i]];
        for (uint32_t j = 0; j < b->nevents; j++)
            if (F->events[b->first_event + j].kind == EV_RETURN) at = F->events[b->first_event + j].loc;
    }
    const ir_event *done = first_event_doing(an, F, EFF_WG_DONE, k);
    char b1[128];
    const char *name = wg_text(tu, done, k, b1, sizeof b1);
    diag *d = rc_report(rc, at, "%s can return without co_wg_done on %s: the co_wg_wait that counts it blocks forever "
                        "(use CO_DEFER_DONE at the top of %s)", F->name, name, F->name);
    diag_add_related(d, loc_of(rc, sp->loc), "goroutine %s spawned here by %s", F->name, P->name);
    if (done) diag_add_related(d, loc_of(rc, done->loc), "co_wg_done on the other paths here");
    diag_add_step(d, loc_of(rc, F->loc), "%s starts", F->name);
    for (uint32_t i = 1; i + 1 < n; i++) {
        const ir_block *b = &F->blocks[path[i]];
        if (b->nevents && F->blocks[path[i - 1]].nsuccs > 1)
            diag_add_step(d, loc_of(rc, F->events[b->first_event].loc), "takes this branch");
    }
    diag_add_step(d, loc_of(rc, at), "returns without co_wg_done on %s", name);
}

static void check_done_missing(rule_ctx *rc) {
    const ir_tu *tu = rc_tu(rc);
    analysis *an = rc_analysis(rc);
    seen_set seen = {0};
    for (uint32_t p = 0; p < tu->nfuncs; p++) {
        const ir_func *P = &tu->funcs[p];
        /* Case A: a goroutine Dones on some paths only */
        for (spawn_iter it = { .an = an, .tu = tu, .P = P, .kind = EFF_WG_DONE }; spawn_iter_next(&it);) {
            if (it.fx->must || !it.sum->returns || !it.w || !fn_does(an, P, EFF_WG_ADD, it.w)) continue;
            if (!seen_add(&seen, (uint32_t)it.f, (uint32_t)(it.fx - it.sum->effects))) continue;
            report_missing_path(rc, an, &tu->funcs[it.f], it.fx->key, P, it.sp);
        }
        /* Case B: P adds, spawns and waits, but no goroutine ever Dones */
        for (uint32_t e = 0; e < P->nevents; e++) {
            const ir_event *add = &P->events[e];
            if (add->kind != EV_CALL || add->api != API_WG_ADD || !add->nargs) continue;
            ir_key w = add->args[0].obj;
            if (!w || !group_is_static_or_local(tu, w)) continue;
            if (!fn_does(an, P, EFF_WG_WAIT, w) || fn_does(an, P, EFF_WG_DONE, w) || some_spawn_does(an, P, EFF_WG_DONE, w))
                continue;
            if (tu->keys[ir_key_root(tu, w)].kind == KEY_GLOBAL && anyone_does(an, tu, EFF_WG_DONE, w)) continue;
            if (group_address_escapes(tu, P, w) || spawn_dones_unnamed_group(an, tu, P)) continue;
            for (uint32_t j = e + 1; j < P->nevents; j++) {
                const ir_event *sp = &P->events[j];
                int32_t f = sp->kind == EV_SPAWN ? spawn_target(tu, sp) : -1;
                if (f < 0 || !event_reaches(an, P, e, j, NULL, NULL)) continue;
                if (!seen_add(&seen, p, j)) break;
                const ir_event *wait = first_event_doing(an, P, EFF_WG_WAIT, w);
                char b1[128];
                const char *name = wg_text(tu, add, w, b1, sizeof b1);
                diag *d = rc_report(rc, sp->loc, "%s never calls co_wg_done on %s: the co_wg_wait on %s at line %u blocks forever",
                                    fname(tu, f), name, name, wait ? wait->loc.line : 0);
                diag_add_related(d, loc_of(rc, add->loc), "co_wg_add on %s here", name);
                if (wait) diag_add_related(d, loc_of(rc, wait->loc), "co_wg_wait on %s here", name);
                break;
            }
        }
    }
    free(seen.v);
}

/* ---- wg-done-in-spawner ------------------------------------------------------------ */
static void check_done_in_spawner(rule_ctx *rc) {
    const ir_tu *tu = rc_tu(rc);
    analysis *an = rc_analysis(rc);
    seen_set seen = {0};
    for (uint32_t p = 0; p < tu->nfuncs; p++) {
        const ir_func *P = &tu->funcs[p];
        for (uint32_t a = 0; a < P->nevents; a++) {
            const ir_event *add = &P->events[a];
            if (!event_does(an, add, EFF_WG_ADD, add->nargs ? add->args[0].obj : 0, false)) continue;
            ir_key w = add->args[0].obj;
            if (!w || some_spawn_does(an, P, EFF_WG_DONE, w) || group_address_escapes(tu, P, w) ||
                spawn_dones_unnamed_group(an, tu, P)) continue;
            /* a spawn after the Add, of a goroutine that does not Done W */
            int32_t s_idx = -1;
            for (uint32_t s = 0; s < P->nevents && s_idx < 0; s++)
                if (P->events[s].kind == EV_SPAWN && spawn_target(tu, &P->events[s]) >= 0 && event_reaches(an, P, a, s, NULL, NULL))
                    s_idx = (int32_t)s;
            if (s_idx < 0) continue;
            const ir_event *sp = &P->events[s_idx];
            int32_t f = spawn_target(tu, sp);
            for (uint32_t d = 0; d < P->nevents; d++) {
                const ir_event *done = &P->events[d];
                if (!event_does(an, done, EFF_WG_DONE, w, false) || !event_reaches(an, P, a, d, NULL, NULL)) continue;
                ir_loc at = done->loc;
                if (done->deferred && done->defer_event >= 0 && (uint32_t)done->defer_event < P->nevents)
                    at = P->events[done->defer_event].loc;
                if (!seen_add(&seen, p, at.line)) continue;
                char b1[128];
                const char *name = wg_text(tu, add, w, b1, sizeof b1);
                const ir_event *wait = first_event_doing(an, P, EFF_WG_WAIT, w);
                diag *dg;
                if (done->deferred && wait)
                    dg = rc_report(rc, at, "co_wg_done on %s runs in %s, the spawner, not in the goroutine %s it counts; "
                                   "deferred, it runs only when %s returns, after the co_wg_wait at line %u, which blocks forever "
                                   "(move it into %s: CO_DEFER_DONE(%s) at its top)",
                                   name, P->name, fname(tu, f), P->name, wait->loc.line, fname(tu, f), name);
                else
                    dg = rc_report(rc, at, "co_wg_done on %s runs in %s, the spawner, not in the goroutine %s it counts: "
                                   "co_wg_wait returns before %s has finished (move it into %s: CO_DEFER_DONE(%s) at its top)",
                                   name, P->name, fname(tu, f), fname(tu, f), fname(tu, f), name);
                diag_add_related(dg, loc_of(rc, add->loc), "co_wg_add on %s here", name);
                diag_add_related(dg, loc_of(rc, sp->loc), "goroutine %s spawned here", fname(tu, f));
                if (wait) diag_add_related(dg, loc_of(rc, wait->loc), "co_wg_wait here");
            }
        }
    }
    free(seen.v);
}

/* ---- wg-count-mismatch ----------------------------------------------------------------- */
/* Per-path counts for one group W in P. Loops are not iterated: the
 * dataflow cuts back edges, and the edge leaving a loop's header adds the
 * loop body's counts times its trip count (known only when every counted
 * event of the body runs on each iteration, i.e. dominates the back edge). */
typedef struct counts {
    int64_t added, done;   /* Adds, and Dones promised by spawned goroutines / P itself */
    int32_t add_unknown;   /* an Add with an unknown delta or loop count */
    int32_t done_unknown;  /* spawns in a loop with an unknown count */
    int32_t top;           /* paths disagree, or something cvet cannot count: give up */
    int32_t first_add;     /* event index of the first Add, or -1 */
} counts;

typedef struct count_state {
    int32_t reached;       /* 0 = bottom (unreached) */
    int32_t pad;
    counts c;
} count_state;

typedef struct count_ctx {
    analysis *an; const ir_tu *tu; ir_key w;
    counts *loop_body;     /* per loop: what one pass over it, times its trip count, adds */
} count_ctx;

static void cs_boundary(void *s, void *c) {
    (void)c;
    memset(s, 0, sizeof(count_state));
    ((count_state *)s)->reached = 1;
    ((count_state *)s)->c.first_add = -1;
}
static void cs_bottom(void *s, void *c) { (void)c; memset(s, 0, sizeof(count_state)); }
static void cs_join(void *d, const void *s, void *c) {
    (void)c;
    count_state *dst = d; const count_state *src = s;
    if (!src->reached) return;
    if (!dst->reached) { *dst = *src; return; }
    if (memcmp(dst, src, sizeof *dst) != 0) dst->c.top = 1;
}

/* Does the goroutine started by `sp` Done W exactly once on every path
 * (1), not at all (0), or sometimes / several times (-1)? */
static int spawn_done_once(analysis *an, const ir_event *sp, ir_key w, const ir_tu *tu) {
    int32_t f = spawn_target(tu, sp);
    if (f < 0) return 0;
    const fn_summary *s = summary_of(an, (uint32_t)f);
    for (uint32_t i = 0; i < s->neffects; i++) {
        const fn_effect *fx = &s->effects[i];
        if (fx->kind != EFF_WG_DONE || summary_map_key(an, sp, fx->key) != w) continue;
        return (fx->must && s->returns && fx->count == 1) ? 1 : -1;
    }
    return 0;
}

/* Adds one event's counts, multiplied by m (-1 = unknown), to c. */
static void count_event(const count_ctx *cc, const ir_func *fn, const ir_event *ev, int64_t m, counts *c) {
    uint32_t e = (uint32_t)(ev - fn->events);
    if (ev->kind == EV_SPAWN) {
        int once = spawn_done_once(cc->an, ev, cc->w, cc->tu);
        if (once < 0) c->top = 1;
        else if (once == 1) { if (m < 0) c->done_unknown = 1; else c->done += m; }
        if (summary_call_does(cc->an, ev, EFF_WG_ADD, cc->w, false)) c->top = 1; /* goroutines add too */
        return;
    }
    if (ev->kind != EV_CALL) return;
    if (event_does(cc->an, ev, EFF_WG_ADD, cc->w, false)) {
        int64_t delta = 0;
        if (ev->api == API_WG_ADD && ev->nargs > 1 && ev->args[1].has_const) delta = ev->args[1].const_val;
        else if (ev->api == API_NONE && ev->func >= 0) {
            const fn_summary *sm = summary_of(cc->an, (uint32_t)ev->func);
            for (uint32_t i = 0; i < sm->neffects; i++)
                if (sm->effects[i].kind == EFF_WG_ADD && sm->effects[i].must &&
                    summary_map_key(cc->an, ev, sm->effects[i].key) == cc->w) delta = sm->effects[i].count;
        }
        if (delta <= 0 || m < 0) c->add_unknown = 1;
        else c->added += delta * m;
        if (c->first_add < 0) c->first_add = (int32_t)e;
    }
    if (event_does(cc->an, ev, EFF_WG_DONE, cc->w, false)) {
        if (!event_does(cc->an, ev, EFF_WG_DONE, cc->w, true) || m < 0) c->top = 1;
        else c->done += m;
    }
}

static bool counts_relevant(const counts *c) {
    return c->added || c->done || c->add_unknown || c->done_unknown || c->top || c->first_add >= 0;
}

static void counts_add(counts *dst, const counts *src) {
    dst->added += src->added;
    dst->done += src->done;
    dst->add_unknown |= src->add_unknown;
    dst->done_unknown |= src->done_unknown;
    dst->top |= src->top;
    if (dst->first_add < 0) dst->first_add = src->first_add;
}

static bool block_in_loop(const ir_func *fn, uint32_t b, int32_t l) {
    for (int32_t x = fn->blocks[b].loop; x >= 0; x = fn->loops[x].parent)
        if (x == l) return true;
    return false;
}

/* The counts of one execution of loop l's body times its trip count. */
static counts loop_body_counts(const count_ctx *cc, const ir_func *fn, int32_t l, const uint64_t *dom) {
    counts c = { 0, 0, 0, 0, 0, -1 };
    int64_t trip = fn->loops[l].trip_count;
    for (uint32_t b = 0; b < fn->nblocks; b++) {
        if (!block_in_loop(fn, b, l)) continue;
        counts one = { 0, 0, 0, 0, 0, -1 };
        int64_t m = 1; /* loops nested inside l */
        for (int32_t x = fn->blocks[b].loop; x >= 0 && x != l; x = fn->loops[x].parent)
            m = (m < 0 || fn->loops[x].trip_count < 0) ? -1 : m * fn->loops[x].trip_count;
        for (uint32_t i = 0; i < fn->blocks[b].nevents; i++)
            count_event(cc, fn, &fn->events[fn->blocks[b].first_event + i], m, &one);
        if (!counts_relevant(&one)) continue;
        /* runs on every iteration: dominates each back edge's source */
        bool every = true;
        for (uint32_t s = 0; s < fn->nblocks && every; s++)
            for (uint32_t e = 0; e < fn->blocks[s].nsuccs; e++)
                if (fn->blocks[s].succs[e].back && fn->blocks[s].succs[e].to == fn->loops[l].header &&
                    block_in_loop(fn, s, l) && !cfg_dominates(dom, fn, b, s)) every = false;
        if (!every) one.top = 1;
        counts_add(&c, &one);
    }
    if (trip < 0) {
        if (c.added || c.add_unknown) c.add_unknown = 1;
        if (c.done) c.done_unknown = 1;
        c.added = c.done = 0;
    } else {
        c.added *= trip;
        c.done *= trip;
    }
    return c;
}

static void cs_transfer(void *st, const ir_func *fn, const ir_event *ev, void *vc) {
    count_state *s = st;
    const count_ctx *cc = vc;
    if (!s->reached || s->c.top) return;
    if (fn->blocks[cfg_block_of_event(fn, (uint32_t)(ev - fn->events))].loop >= 0) return; /* counted at the loop's exit */
    count_event(cc, fn, ev, 1, &s->c);
}

static bool cs_edge(void *st, const ir_func *fn, const ir_block *from, const ir_edge *e, void *vc) {
    const count_ctx *cc = vc;
    count_state *s = st;
    if (e->back) return false; /* loops are counted by trip count, not iterated */
    for (int32_t l = from->loop; l >= 0; l = fn->loops[l].parent) {
        if (block_in_loop(fn, e->to, l)) break;     /* still inside l */
        const counts *body = &cc->loop_body[l];
        if (!counts_relevant(body)) continue;
        if ((uint32_t)(from - fn->blocks) != fn->loops[l].header) s->c.top = 1; /* a break out of a counted loop */
        else if (fn->loops[l].parent < 0 || !block_in_loop(fn, e->to, fn->loops[l].parent)) counts_add(&s->c, body);
    }
    return true;
}

typedef struct cs_visit { rule_ctx *rc; const ir_func *P; ir_key w; bool reported; } cs_visit;

static void cs_at_wait(const void *st, const ir_event *ev, uint32_t idx, void *ud) {
    (void)idx;
    cs_visit *v = ud;
    const count_state *s = st;
    const counts *c = &s->c;
    if (v->reported || !s->reached || c->top || c->add_unknown || c->first_add < 0) return;
    if (!(ev->kind == EV_CALL && ev->api == API_WG_WAIT && ev->nargs && ev->args[0].obj == v->w)) return;
    const ir_event *add = &v->P->events[c->first_add];
    char b1[128];
    const char *name = wg_text(rc_tu(v->rc), add, v->w, b1, sizeof b1);
    diag *d = NULL;
    if (c->done_unknown && c->done == 0)
        d = rc_report(v->rc, add->loc, "co_wg_add adds %lld to %s, but a loop below spawns goroutines that each call co_wg_done: "
                      "add once per goroutine, or add the loop's count", (long long)c->added, name);
    else if (!c->done_unknown && c->done != c->added && c->done > 0)
        d = rc_report(v->rc, add->loc, "co_wg_add adds %lld to %s, but %lld goroutines spawned below each call co_wg_done: %s",
                      (long long)c->added, name, (long long)c->done,
                      c->done > c->added ? "the counter goes negative (panic)" : "co_wg_wait blocks forever");
    if (d) {
        diag_add_related(d, rc_loc(v->rc, ev->loc), "co_wg_wait on %s here", name);
        v->reported = true;
    }
}

/* Done twice on one path of one goroutine: a may-count per path. */
typedef struct twice_state { int32_t count; int32_t first; } twice_state;
typedef struct twice_ctx { analysis *an; ir_key w; } twice_ctx;
static void tw_boundary(void *s, void *c) { (void)c; ((twice_state *)s)->count = 0; ((twice_state *)s)->first = -1; }
static void tw_bottom(void *s, void *c) { (void)c; ((twice_state *)s)->count = -1; ((twice_state *)s)->first = -1; }
static void tw_join(void *d, const void *s, void *c) {
    (void)c;
    twice_state *dst = d; const twice_state *src = s;
    if (src->count > dst->count) *dst = *src;
}
static void tw_transfer(void *st, const ir_func *fn, const ir_event *ev, void *vc) {
    twice_state *s = st;
    twice_ctx *c = vc;
    if (s->count >= 0 && event_does(c->an, ev, EFF_WG_DONE, c->w, true)) {
        if (s->count == 0) s->first = (int32_t)(ev - fn->events);
        if (s->count < 2) s->count++;
    }
}
typedef struct tw_visit { rule_ctx *rc; const ir_func *F; twice_ctx *c; bool reported; } tw_visit;
static void tw_at(const void *st, const ir_event *ev, uint32_t idx, void *ud) {
    (void)idx;
    tw_visit *v = ud;
    const twice_state *s = st;
    if (v->reported || s->count != 1 || !event_does(v->c->an, ev, EFF_WG_DONE, v->c->w, true)) return;
    /* the second Done: report the explicit one of the pair */
    const ir_event *at = ev;
    if (ev->deferred && s->first >= 0) at = &v->F->events[s->first];
    char b1[128];
    const char *name = wg_text(rc_tu(v->rc), at, v->c->w, b1, sizeof b1);
    diag *d = rc_report(v->rc, at->loc, "co_wg_done on %s can run twice in %s on one path: the counter goes negative (panic)",
                        name, v->F->name);
    const ir_event *other = at == ev ? &v->F->events[s->first] : ev;
    diag_add_related(d, rc_loc(v->rc, other->loc), "the other co_wg_done on this path");
    v->reported = true;
}

static void check_count_mismatch(rule_ctx *rc) {
    const ir_tu *tu = rc_tu(rc);
    analysis *an = rc_analysis(rc);
    seen_set seen = {0};
    for (uint32_t p = 0; p < tu->nfuncs; p++) {
        const ir_func *P = &tu->funcs[p];
        /* (a, b) Adds against goroutines that Done, per group waited on in P */
        for (uint32_t e = 0; e < P->nevents; e++) {
            const ir_event *wait = &P->events[e];
            if (wait->kind != EV_CALL || wait->api != API_WG_WAIT || !wait->nargs || !wait->args[0].obj) continue;
            ir_key w = wait->args[0].obj;
            if (!seen_add(&seen, p, w | 0x80000000u)) continue;
            count_ctx cc = { an, tu, w, calloc(P->nloops ? P->nloops : 1, sizeof(counts)) };
            uint64_t *dom = cfg_dominators(P);
            for (uint32_t l = 0; l < P->nloops; l++) cc.loop_body[l] = loop_body_counts(&cc, P, (int32_t)l, dom);
            df_problem prob = { sizeof(count_state), false, cs_boundary, cs_bottom, cs_join, cs_transfer, cs_edge, &cc };
            df_result *r = df_solve(P, &prob);
            cs_visit v = { rc, P, w, false };
            for (uint32_t b = 0; b < P->nblocks && !v.reported; b++) df_walk_block(r, P, b, cs_at_wait, &v);
            df_free(r);
            free(dom);
            free(cc.loop_body);
        }
        /* (c) Done twice in one goroutine */
        const cg_node *node = cg_node_of(an, p);
        if (node->is_goroutine && !node->is_main) {
            for (uint32_t e = 0; e < P->nevents; e++) {
                const ir_event *ev = &P->events[e];
                if (ev->kind != EV_CALL || ev->api != API_WG_DONE || !ev->nargs || !ev->args[0].obj) continue;
                ir_key w = ev->args[0].obj;
                if (!seen_add(&seen, p, w | 0x40000000u)) continue;
                twice_ctx tc = { an, w };
                df_problem prob = { sizeof(twice_state), false, tw_boundary, tw_bottom, tw_join, tw_transfer, NULL, &tc };
                df_result *r = df_solve(P, &prob);
                tw_visit v = { rc, P, &tc, false };
                for (uint32_t b = 0; b < P->nblocks && !v.reported; b++) df_walk_block(r, P, b, tw_at, &v);
                df_free(r);
            }
        }
        /* (d) Done with no Add */
        for (spawn_iter it = { .an = an, .tu = tu, .P = P, .kind = EFF_WG_DONE }; spawn_iter_next(&it);) {
            ir_key w = it.w;
            if (!w || !plain_group(tu, w) || !group_is_static_or_local(tu, w)) continue;
            if (group_address_escapes(tu, P, w)) continue;
            bool global = tu->keys[ir_key_root(tu, w)].kind == KEY_GLOBAL;
            if (global ? anyone_does(an, tu, EFF_WG_ADD, w) : fn_does(an, P, EFF_WG_ADD, w)) continue;
            if (!global && some_spawn_does(an, P, EFF_WG_ADD, w)) continue;
            if (!seen_add(&seen, p, (uint32_t)(it.sp - P->events))) continue;
            char b1[128];
            rc_report(rc, it.sp->loc, "%s calls co_wg_done on %s, but nothing calls co_wg_add on it: "
                      "the counter goes negative (panic)", fname(tu, it.f), ir_obj_str(tu, w, b1, sizeof b1));
        }
    }
    free(seen.v);
}

/* ---- wg-wait-in-worker ------------------------------------------------------------------ */
typedef struct ww_ctx { analysis *an; ir_key w; } ww_ctx;
static void ww_boundary(void *s, void *c) { (void)c; *(int32_t *)s = 0; }
static void ww_bottom(void *s, void *c) { (void)c; *(int32_t *)s = 1; }
static void ww_join(void *d, const void *s, void *c) { (void)c; *(int32_t *)d &= *(const int32_t *)s; }
static void ww_transfer(void *st, const ir_func *fn, const ir_event *ev, void *vc) {
    (void)fn;
    ww_ctx *c = vc;
    if (event_does(c->an, ev, EFF_WG_DONE, c->w, true)) *(int32_t *)st = 1;
}
typedef struct ww_visit { rule_ctx *rc; const ir_func *F; ww_ctx *c; bool reported; } ww_visit;
static void ww_at(const void *st, const ir_event *ev, uint32_t idx, void *ud) {
    (void)idx;
    ww_visit *v = ud;
    if (v->reported || *(const int32_t *)st || !event_does(v->c->an, ev, EFF_WG_WAIT, v->c->w, false)) return;
    char b1[128];
    const char *name = wg_text(rc_tu(v->rc), ev, v->c->w, b1, sizeof b1);
    diag *d = rc_report(v->rc, ev->loc, "%s waits on %s, which counts %s itself: its co_wg_done has not run yet, "
                        "so co_wg_wait blocks forever", v->F->name, name, v->F->name);
    const ir_event *done = first_event_doing(v->c->an, v->F, EFF_WG_DONE, v->c->w);
    if (done) diag_add_related(d, rc_loc(v->rc, done->deferred && done->defer_event >= 0 ? v->F->events[done->defer_event].loc : done->loc),
                               "%s's co_wg_done on %s", v->F->name, name);
    v->reported = true;
}

static void check_wait_in_worker(rule_ctx *rc) {
    const ir_tu *tu = rc_tu(rc);
    analysis *an = rc_analysis(rc);
    for (uint32_t f = 0; f < tu->nfuncs; f++) {
        const cg_node *node = cg_node_of(an, f);
        if (!node->is_goroutine || node->is_main) continue;
        const ir_func *F = &tu->funcs[f];
        const fn_summary *s = summary_of(an, f);
        for (uint32_t i = 0; i < s->neffects; i++) {
            if (s->effects[i].kind != EFF_WG_DONE || !summary_find(an, f, EFF_WG_WAIT, s->effects[i].key)) continue;
            ww_ctx c = { an, s->effects[i].key };
            df_problem prob = { sizeof(int32_t), false, ww_boundary, ww_bottom, ww_join, ww_transfer, NULL, &c };
            df_result *r = df_solve(F, &prob);
            ww_visit v = { rc, F, &c, false };
            for (uint32_t b = 0; b < F->nblocks && !v.reported; b++) df_walk_block(r, F, b, ww_at, &v);
            df_free(r);
        }
    }
}

/* ---- wg-reused-early --------------------------------------------------------------------- */
/* A receive in P that joins the waiter: on a channel the waiter closes or
 * sends on (after its Wait). */
typedef struct join_ud { const ir_event *spawn; } join_ud;
static bool is_join_recv(analysis *an, const ir_func *fn, const ir_event *ev, void *ud) {
    (void)fn;
    const join_ud *j = ud;
    if (ev->kind != EV_CALL || ev->api != API_CHAN_RECV || !ev->nargs || !ev->args[0].obj) return false;
    return summary_call_does(an, j->spawn, EFF_CHAN_CLOSE, ev->args[0].obj, false) ||
           summary_call_does(an, j->spawn, EFF_CHAN_SEND, ev->args[0].obj, false);
}

static void check_reused_early(rule_ctx *rc) {
    const ir_tu *tu = rc_tu(rc);
    analysis *an = rc_analysis(rc);
    seen_set seen = {0};
    for (uint32_t p = 0; p < tu->nfuncs; p++) {
        const ir_func *P = &tu->funcs[p];
        /* Variant 1: P starts a waiter, then adds to the same group */
        for (spawn_iter it = { .an = an, .tu = tu, .P = P, .kind = EFF_WG_WAIT }; spawn_iter_next(&it);) {
            if (!it.w) continue;
            join_ud j = { it.sp };
            uint32_t s = (uint32_t)(it.sp - P->events);
            for (uint32_t a = 0; a < P->nevents; a++) {
                const ir_event *add = &P->events[a];
                if (!event_does(an, add, EFF_WG_ADD, it.w, false)) continue;
                if (!event_reaches(an, P, s, a, is_join_recv, &j) || !seen_add(&seen, p, a)) continue;
                char b1[128];
                const char *name = wg_text(tu, add, it.w, b1, sizeof b1);
                diag *d = rc_report(rc, add->loc, "co_wg_add on %s can run while co_wg_wait on %s in %s (spawned at line %u) "
                                    "has not returned: the runtime panics (WaitGroup is reused before previous Wait has returned); "
                                    "add everything before starting the waiter, or use a new group",
                                    name, name, fname(tu, it.f), it.sp->loc.line);
                diag_add_related(d, loc_of(rc, it.sp->loc), "waiter %s spawned here", fname(tu, it.f));
            }
        }
        /* Variant 2: rounds of Add/Wait on a global group in a function that
         * runs in several goroutines at once */
        const cg_node *node = cg_node_of(an, p);
        bool multi = node->nspawners > 1;
        for (uint32_t i = 0; i < node->nspawners && !multi; i++) {
            const ir_func *S = &tu->funcs[node->spawners[i].func];
            uint32_t b = cfg_block_of_event(S, node->spawners[i].event);
            multi = S->blocks[b].loop >= 0;
        }
        if (!multi || node->is_main) continue;
        for (uint32_t a = 0; a < P->nevents; a++) {
            const ir_event *add = &P->events[a];
            if (add->kind != EV_CALL || add->api != API_WG_ADD || !add->nargs) continue;
            ir_key w = add->args[0].obj;
            if (!w || tu->keys[ir_key_root(tu, w)].kind != KEY_GLOBAL || !fn_does(an, P, EFF_WG_WAIT, w)) continue;
            if (!seen_add(&seen, p, a)) continue;
            const ir_func *S = &tu->funcs[node->spawners[0].func];
            const ir_event *sp = &S->events[node->spawners[0].event];
            char b1[128];
            const char *name = wg_text(tu, add, w, b1, sizeof b1);
            diag *d = rc_report(rc, add->loc, "co_wg_add on %s can run while co_wg_wait on %s in %s (another instance, spawned at "
                                "line %u) has not returned: the runtime panics (WaitGroup is reused before previous Wait has "
                                "returned); give each goroutine its own group", name, name, P->name, sp->loc.line);
            diag_add_related(d, loc_of(rc, sp->loc), "%s spawned here", P->name);
        }
    }
    free(seen.v);
}

/* ---- Descriptors -------------------------------------------------------------------------- */
static const rule wg_add_in_goroutine = {
    "wg-add-in-goroutine", "WaitGroupAddInGoroutine",
    "co_wg_add runs inside the goroutine it accounts for, racing with Wait",
    "A goroutine calls co_wg_add for itself (anywhere before its work, directly or through a helper) instead of its "
    "spawner doing it before co_go. The spawner's co_wg_wait can run before the Add and return while the work is "
    "still running.",
    LEVEL_WARNING, check_add_in_goroutine };
static const rule wg_done_missing = {
    "wg-done-missing", "WaitGroupDoneMissing",
    "A counted goroutine can return without co_wg_done",
    "A goroutine counted by a WaitGroup has a path on which it returns without calling co_wg_done (no CO_DEFER_DONE, "
    "no helper that always does it), or never calls it at all, so the co_wg_wait that counts it blocks forever.",
    LEVEL_WARNING, check_done_missing };
static const rule wg_done_in_spawner = {
    "wg-done-in-spawner", "WaitGroupDoneInSpawner",
    "The co_wg_done for a goroutine runs in its spawner",
    "The co_wg_done (or CO_DEFER_DONE) that pairs with the Add for a goroutine runs in the spawner instead of the "
    "goroutine: co_wg_wait returns before the work is done or, when deferred, blocks forever.",
    LEVEL_WARNING, check_done_in_spawner };
static const rule wg_count_mismatch = {
    "wg-count-mismatch", "WaitGroupCountMismatch",
    "The Adds and the goroutines that call Done disagree along a path",
    "Along a path, the total added to a WaitGroup differs from the number of goroutines that call co_wg_done (an Add "
    "of 1 before a loop of spawns, Add(n) with a different number of spawns), a goroutine calls co_wg_done twice, or "
    "co_wg_done runs on a group nothing adds to: co_wg_wait blocks forever or the counter goes negative (panic).",
    LEVEL_WARNING, check_count_mismatch };
static const rule wg_wait_in_worker = {
    "wg-wait-in-worker", "WaitGroupWaitInWorker",
    "A goroutine waits on the WaitGroup that counts it",
    "A goroutine counted by a WaitGroup calls co_wg_wait on that group before its own co_wg_done has run: it waits "
    "for itself and blocks forever.",
    LEVEL_ERROR, check_wait_in_worker };
static const rule wg_reused_early = {
    "wg-reused-early", "WaitGroupReusedEarly",
    "co_wg_add can run while a previous co_wg_wait on the group has not returned",
    "A co_wg_add on a group can run while another goroutine is still inside co_wg_wait on it (a waiter started before "
    "the Add, or rounds of Add/Wait on a shared group in goroutines that run at once). The runtime panics: WaitGroup "
    "is reused before previous Wait has returned.",
    LEVEL_WARNING, check_reused_early };

const rule *const rules_waitgroup[] = {
    &wg_add_in_goroutine, &wg_done_missing, &wg_done_in_spawner, &wg_count_mismatch,
    &wg_wait_in_worker, &wg_reused_early, NULL,
};
