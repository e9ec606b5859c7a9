/* summary.c: per-function effect summaries. For each function, what it
 * does to objects reachable from its parameters and to globals: locks,
 * unlocks, Done, cancel, stop, close, escapes, blocking. Computed once per
 * TU, bottom-up over the call graph (recursive groups iterated to a fixed
 * point), so a caller sees through its helpers. `must` comes from a forward
 * must-dataflow (intersection over paths) on the function's CFG. */
#include <stdlib.h>
#include <string.h>

#include "analysis_internal.h"

static const char *const eff_names[EFF__COUNT] = {
    "lock", "unlock", "rlock", "runlock", "wg-add", "wg-done", "wg-wait",
    "cancel", "ctx-release", "timer-stop", "ticker-stop",
    "chan-send", "chan-recv", "chan-close", "chan-free",
    "ctx-watch", "escape", "block",
};

const char *eff_kind_name(eff_kind k) { return k < EFF__COUNT ? eff_names[k] : "?"; }

/* ---- Key mapping ------------------------------------------------------- */
ir_key summary_map_key(analysis *an, const ir_event *call, ir_key callee_key) {
    return ir_key_map_to_caller(an->tu, call, callee_key); /* knows co_go's and co_once_do's argument positions */
}

/* Only keys a caller can name survive into a summary. */
static bool summarisable(const ir_tu *tu, ir_key k) {
    if (!k) return false;
    ir_key r = ir_key_root(tu, k);
    ir_key_kind kind = tu->keys[r].kind;
    return kind == KEY_PARAM || kind == KEY_GLOBAL;
}

/* ---- Occurrences: one effect at one event ----------------------------- */
typedef struct occ {
    eff_kind kind;
    ir_key key;
    uint32_t event;
    bool definite;   /* happens whenever the event executes */
    int32_t delta;   /* EFF_WG_ADD constant delta, or 0 */
    ir_loc loc;
} occ;

typedef struct occvec { occ *v; uint32_t n, cap; } occvec;

static void occ_push(occvec *o, eff_kind kind, ir_key key, uint32_t event, bool definite, int32_t delta, ir_loc loc) {
    if (o->n == o->cap) { o->cap = o->cap ? o->cap * 2 : 16; o->v = realloc(o->v, o->cap * sizeof *o->v); }
    o->v[o->n++] = (occ){ kind, key, event, definite, delta, loc };
}

bool harmless_library_callee(const char *name) {
    static const char *const names[] = {
        "printf", "fprintf", "snprintf", "sprintf", "vprintf", "vfprintf", "vsnprintf", "puts", "fputs",
        "putchar", "fputc", "perror", "memset", "memcmp", "strlen", "strcmp", "strncmp", "strchr",
        "strstr", "free", "abort", "exit", "assert", "__assert_fail", "atoi", "strtol", "strtoul",
        "usleep", "fflush", NULL };
    if (!name) return false;
    for (const char *const *n = names; *n; n++)
        if (strcmp(*n, name) == 0) return true;
    return false;
}

static void escape_operand(occvec *o, const ir_operand *op, uint32_t e, ir_loc loc) {
    if (op->obj) occ_push(o, EFF_ESCAPE, op->obj, e, true, 0, loc);
    if (op->value && op->value != op->obj) occ_push(o, EFF_ESCAPE, op->value, e, true, 0, loc);
}

ir_key ctx_of_done_chan(const ir_tu *tu, const ir_func *fn, ir_key ch) {
    if (!ch) return 0;
    const ir_keyinfo *ki = &tu->keys[ch];
    if (ki->kind == KEY_DEREF) ki = &tu->keys[ki->parent];
    if (ki->kind != KEY_TEMP || ki->index < 0 || (uint32_t)ki->index >= fn->nevents) return 0;
    const ir_event *def = &fn->events[ki->index];
    if (def->kind == EV_CALL && def->api == API_CTX_DONE && def->nargs) return def->args[0].obj;
    return 0;
}

static void direct_api(const ir_tu *tu, const ir_func *fn, const ir_event *ev, uint32_t e, occvec *o) {
    const ir_operand *a0 = ev->nargs > 0 ? &ev->args[0] : NULL;
    ir_key k0 = a0 ? a0->obj : 0;
    switch (ev->api) {
    case API_MUTEX_LOCK: case API_RW_LOCK:
        occ_push(o, EFF_LOCK, k0, e, true, 0, ev->loc);
        occ_push(o, EFF_BLOCK, 0, e, true, 0, ev->loc);
        break;
    case API_MUTEX_TRYLOCK: case API_RW_TRYLOCK: occ_push(o, EFF_LOCK, k0, e, false, 0, ev->loc); break;
    case API_RW_TRYRLOCK: occ_push(o, EFF_RLOCK, k0, e, false, 0, ev->loc); break;
    case API_MUTEX_UNLOCK: case API_RW_UNLOCK: occ_push(o, EFF_UNLOCK, k0, e, true, 0, ev->loc); break;
    case API_RW_RLOCK:
        occ_push(o, EFF_RLOCK, k0, e, true, 0, ev->loc);
        occ_push(o, EFF_BLOCK, 0, e, true, 0, ev->loc);
        break;
    case API_RW_RUNLOCK: occ_push(o, EFF_RUNLOCK, k0, e, true, 0, ev->loc); break;
    case API_WG_ADD: {
        int32_t d = (ev->nargs > 1 && ev->args[1].has_const) ? (int32_t)ev->args[1].const_val : 0;
        occ_push(o, EFF_WG_ADD, k0, e, true, d, ev->loc);
        break;
    }
    case API_WG_DONE: occ_push(o, EFF_WG_DONE, k0, e, true, 0, ev->loc); break;
    case API_WG_WAIT:
        occ_push(o, EFF_WG_WAIT, k0, e, true, 0, ev->loc);
        occ_push(o, EFF_BLOCK, 0, e, true, 0, ev->loc);
        break;
    case API_CANCEL: occ_push(o, EFF_CANCEL, k0, e, true, 0, ev->loc); break;
    case API_CTX_RELEASE: occ_push(o, EFF_CTX_RELEASE, k0, e, true, 0, ev->loc); break;
    case API_TIMER_STOP: occ_push(o, EFF_TIMER_STOP, k0, e, true, 0, ev->loc); break;
    case API_TICKER_STOP: occ_push(o, EFF_TICKER_STOP, k0, e, true, 0, ev->loc); break;
    case API_CHAN_CLOSE: occ_push(o, EFF_CHAN_CLOSE, k0, e, true, 0, ev->loc); break;
    case API_CHAN_FREE: occ_push(o, EFF_CHAN_FREE, k0, e, true, 0, ev->loc); break;
    case API_CHAN_SEND:
        occ_push(o, EFF_CHAN_SEND, k0, e, true, 0, ev->loc);
        occ_push(o, EFF_BLOCK, 0, e, true, 0, ev->loc);
        if (ev->nargs > 1) escape_operand(o, &ev->args[1], e, ev->loc); /* the value sent travels on */
        break;
    case API_CHAN_RECV: {
        occ_push(o, EFF_CHAN_RECV, k0, e, true, 0, ev->loc);
        occ_push(o, EFF_BLOCK, 0, e, true, 0, ev->loc);
        ir_key ctx = a0 ? ctx_of_done_chan(tu, fn, a0->value ? a0->value : k0) : 0;
        if (ctx) occ_push(o, EFF_CTX_WATCH, ctx, e, true, 0, ev->loc);
        break;
    }
    case API_CTX_ERR: occ_push(o, EFF_CTX_WATCH, k0, e, true, 0, ev->loc); break;
    case API_SELECT: case API_SELECT_TRY:
        if (ev->api == API_SELECT) occ_push(o, EFF_BLOCK, 0, e, true, 0, ev->loc);
        for (uint32_t c = 0; c < ev->ncases; c++) {
            const ir_select_case *sc = &ev->cases[c];
            bool only = ev->ncases == 1 && ev->api == API_SELECT;
            occ_push(o, sc->op == 2 ? EFF_CHAN_SEND : EFF_CHAN_RECV, sc->chan.obj, e, only, 0, sc->chan.loc);
            ir_key ctx = ctx_of_done_chan(tu, fn, sc->chan.value ? sc->chan.value : sc->chan.obj);
            if (ctx) occ_push(o, EFF_CTX_WATCH, ctx, e, true, 0, sc->chan.loc);
            if (sc->op == 2) escape_operand(o, &sc->elem, e, sc->chan.loc);
        }
        break;
    case API_COND_WAIT: case API_SLEEP: occ_push(o, EFF_BLOCK, 0, e, true, 0, ev->loc); break;
    case API_ONCE_DO: case API_MAIN: case API_GO: default: break;
    }
}

/* Effects of callee `g` seen at call event `ev` of the function being summarised. */
static void callee_effects(analysis *an, uint32_t g, const ir_event *ev, uint32_t e, occvec *o) {
    const fn_summary *s = &an->sums[g];
    for (uint32_t i = 0; i < s->neffects; i++) {
        const fn_effect *fx = &s->effects[i];
        ir_key k = fx->kind == EFF_BLOCK ? 0 : summary_map_key(an, ev, fx->key);
        if (fx->kind != EFF_BLOCK && !k) continue;
        occ_push(o, fx->kind, k, e, fx->must && s->returns, fx->kind == EFF_WG_ADD ? fx->count : 0, ev->loc);
    }
}

static void collect(analysis *an, uint32_t f, occvec *o) {
    ir_tu *tu = an->tu;
    const ir_func *fn = &tu->funcs[f];
    for (uint32_t e = 0; e < fn->nevents; e++) {
        const ir_event *ev = &fn->events[e];
        switch (ev->kind) {
        case EV_CALL:
            if (ev->api != API_NONE) {
                direct_api(tu, fn, ev, e, o);
                if (ev->api == API_ONCE_DO && ev->nargs >= 2 && ev->args[1].func >= 0 &&
                    (uint32_t)ev->args[1].func < tu->nfuncs)
                    callee_effects(an, (uint32_t)ev->args[1].func, ev, e, o);
            } else if (ev->func >= 0 && (uint32_t)ev->func < tu->nfuncs) {
                callee_effects(an, (uint32_t)ev->func, ev, e, o);
            } else if (!ev->deferred && !harmless_library_callee(ev->callee)) {
                for (uint32_t a = 0; a < ev->nargs; a++) escape_operand(o, &ev->args[a], e, ev->loc);
            }
            break;
        case EV_SPAWN:
            if (ev->nargs > 1) escape_operand(o, &ev->args[1], e, ev->loc);
            break;
        case EV_ASSIGN:
            if (ev->nargs && ev->key && ir_key_nonlocal(tu, ev->key)) escape_operand(o, &ev->args[0], e, ev->loc);
            break;
        case EV_RETURN:
            if (ev->nargs) escape_operand(o, &ev->args[0], e, ev->loc);
            break;
        default: break;
        }
    }
}

/* ---- Must-analysis over occurrence slots -------------------------------- */
typedef struct slot_ctx {
    const occ *occs;
    uint32_t nocc;
    const int32_t *slot_of;  /* per occurrence: slot index or -1 */
    const uint32_t *first_occ_of_event; /* per event: first occurrence index, or UINT32_MAX */
} slot_ctx;

static void must_boundary(void *st, void *ctx) { (void)ctx; memset(st, 0, sizeof(df_bits)); }
static void must_bottom(void *st, void *ctx) { (void)ctx; memset(st, 0xff, sizeof(df_bits)); }
static void must_join(void *dst, const void *src, void *ctx) {
    (void)ctx;
    df_bits *d = dst; const df_bits *s = src;
    for (unsigned i = 0; i < DF_BITS / 64; i++) d->w[i] &= s->w[i];
}
static void must_transfer(void *st, const ir_func *fn, const ir_event *ev, void *vctx) {
    const slot_ctx *c = vctx;
    uint32_t e = (uint32_t)(ev - fn->events);
    uint32_t i = c->first_occ_of_event[e];
    for (; i < c->nocc && c->occs[i].event == e; i++)
        if (c->occs[i].definite && c->slot_of[i] >= 0) df_bit_set(st, (unsigned)c->slot_of[i]);
}

/* (kind, key) -> slot index, open addressing: summaries of deep call chains
 * carry thousands of effects, and a linear search per occurrence made
 * summarising O(n^2) per function (minutes on a 1000-function call cycle). */
typedef struct slot_index { uint32_t *v; uint32_t mask; } slot_index; /* v[i]: slot + 1, 0 = empty */

static void slot_index_init(slot_index *ix, uint32_t n) {
    uint32_t cap = 16;
    while (cap < 2 * n) cap *= 2;
    ix->v = calloc(cap, sizeof *ix->v);
    ix->mask = cap - 1;
}

/* Returns the slot of (kind, key) among fx[], or inserts `fresh` and returns it. */
static uint32_t slot_index_get(slot_index *ix, const fn_effect *fx, eff_kind kind, ir_key key, uint32_t fresh) {
    uint32_t h = ((uint32_t)key * 2654435761u) ^ ((uint32_t)kind * 40503u);
    for (uint32_t i = h & ix->mask;; i = (i + 1) & ix->mask) {
        if (!ix->v[i]) { ix->v[i] = fresh + 1; return fresh; }
        const fn_effect *e = &fx[ix->v[i] - 1];
        if (e->kind == kind && e->key == key) return ix->v[i] - 1;
    }
}

/* Summarises f from its occurrences. Returns true if the summary changed. */
static bool summarise(analysis *an, uint32_t f) {
    ir_tu *tu = an->tu;
    const ir_func *fn = &tu->funcs[f];
    occvec o = {0};
    collect(an, f, &o);

    /* keep only summarisable keys (EFF_BLOCK has none) */
    uint32_t w = 0;
    for (uint32_t i = 0; i < o.n; i++)
        if (o.v[i].kind == EFF_BLOCK || summarisable(tu, o.v[i].key)) o.v[w++] = o.v[i];
    o.n = w;

    /* slots: distinct (kind, key) */
    fn_effect *fx = calloc(o.n ? o.n : 1, sizeof *fx);
    int32_t *slot_of = malloc(sizeof *slot_of * (o.n ? o.n : 1));
    uint32_t nfx = 0;
    slot_index ix;
    slot_index_init(&ix, o.n);
    for (uint32_t i = 0; i < o.n; i++) {
        uint32_t s = slot_index_get(&ix, fx, o.v[i].kind, o.v[i].key, nfx);
        if (s == nfx) {
            fx[nfx] = (fn_effect){ o.v[i].kind, o.v[i].key, false, 0, o.v[i].loc };
            nfx++;
        }
        slot_of[i] = s < DF_BITS ? (int32_t)s : -1;
        if (o.v[i].kind == EFF_WG_ADD) fx[s].count += o.v[i].delta;
        else if (fx[s].count < 1000) fx[s].count++;
    }
    /* an Add in a loop, or with an unknown delta, has no constant total */
    for (uint32_t i = 0; i < o.n; i++)
        if (o.v[i].kind == EFF_WG_ADD) {
            const ir_block *blk = &fn->blocks[cfg_block_of_event(fn, o.v[i].event)];
            if (o.v[i].delta == 0 || blk->loop >= 0) fx[slot_of[i] >= 0 ? slot_of[i] : 0].count = 0;
        }

    bool returns = false;
    if (fn->nblocks) {
        uint32_t *first = malloc(sizeof *first * (fn->nevents ? fn->nevents : 1));
        for (uint32_t e = 0; e < fn->nevents; e++) first[e] = UINT32_MAX;
        for (uint32_t i = o.n; i-- > 0;) first[o.v[i].event] = i; /* occurrences are in event order */
        slot_ctx sc = { o.v, o.n, slot_of, first };
        df_problem p = { sizeof(df_bits), false, must_boundary, must_bottom, must_join, must_transfer, NULL, &sc };
        df_result *r = df_solve(fn, &p);
        returns = df_reached(r, fn->exit);
        if (returns) {
            const df_bits *at_exit = df_in(r, fn->exit);
            for (uint32_t s = 0; s < nfx && s < DF_BITS; s++) fx[s].must = df_bit_get(at_exit, s);
        }
        df_free(r);
        free(first);
    }
    free(slot_of);
    free(o.v);

    fn_summary *old = &an->sums[f];
    bool changed = old->neffects != nfx || old->returns != returns;
    /* same count and distinct (kind, key) on both sides: changed unless every
     * old effect has an equal new one (looked up in the index of fx) */
    for (uint32_t j = 0; !changed && j < old->neffects; j++) {
        const fn_effect *oe = &old->effects[j];
        uint32_t s = slot_index_get(&ix, fx, oe->kind, oe->key, nfx);
        if (s == nfx || oe->must != fx[s].must || oe->count != fx[s].count) changed = true;
    }
    free(ix.v);
    free(old->effects);
    old->effects = fx;
    old->neffects = nfx;
    old->returns = returns;
    return changed;
}

static void build_summaries(analysis *an) {
    if (an->sums) return;
    uint32_t n;
    const uint32_t *order = cg_bottom_up(an, &n);
    an->sums = calloc(an->tu->nfuncs ? an->tu->nfuncs : 1, sizeof *an->sums);
    /* Optimistic start for recursion: a function not yet summarised
     * "returns" with no effects. Iterate until stable (bounded). */
    for (uint32_t f = 0; f < an->tu->nfuncs; f++) an->sums[f].returns = true;
    for (int round = 0; round < 6; round++) {
        bool changed = false;
        for (uint32_t i = 0; i < n; i++) changed |= summarise(an, order[i]);
        if (!changed) break;
    }
}

void summaries_free(analysis *an) {
    if (!an->sums) return;
    for (uint32_t f = 0; f < an->tu->nfuncs; f++) free(an->sums[f].effects);
    free(an->sums);
    an->sums = NULL;
}

const fn_summary *summary_of(analysis *an, uint32_t func) {
    build_summaries(an);
    return func < an->tu->nfuncs ? &an->sums[func] : NULL;
}

const fn_effect *summary_find(analysis *an, uint32_t func, eff_kind kind, ir_key key) {
    const fn_summary *s = summary_of(an, func);
    if (!s) return NULL;
    for (uint32_t i = 0; i < s->neffects; i++)
        if (s->effects[i].kind == kind && s->effects[i].key == key) return &s->effects[i];
    return NULL;
}

bool summary_call_does(analysis *an, const ir_event *call, eff_kind kind, ir_key obj, bool must) {
    int32_t g = call->func;
    if (call->kind == EV_CALL && call->api == API_ONCE_DO && call->nargs >= 2) g = call->args[1].func;
    if (call->kind == EV_SPAWN && g < 0 && call->nargs) g = call->args[0].func;
    if (g < 0 || (uint32_t)g >= an->tu->nfuncs) return false;
    const fn_summary *s = summary_of(an, (uint32_t)g);
    for (uint32_t i = 0; i < s->neffects; i++) {
        const fn_effect *fx = &s->effects[i];
        if (fx->kind != kind) continue;
        if (must && !(fx->must && s->returns)) continue;
        if (kind == EFF_BLOCK || summary_map_key(an, call, fx->key) == obj) return true;
    }
    return false;
}
