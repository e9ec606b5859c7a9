/* rules/lock.c: lock discipline rules (empty-critical-section, double-lock,
 * lock-not-released, unlock-not-held, recursive-rlock, cond-wait-misuse),
 * and the held-locks analysis of rules/lockset.h that guard.c and
 * deadlock.c share. Rules report only must-facts of the dataflow (what
 * holds on every path reaching a point), so a finding describes a path
 * that can happen. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lockset.h"

/* ======================================================================== *
 * The held-locks analysis                                                   *
 * ======================================================================== */

typedef enum ls_opkind {
    OP_LOCK, OP_UNLOCK, OP_TRYLOCK, OP_RLOCK, OP_RUNLOCK, OP_TRYRLOCK,
    OP_HAVOC,  /* a callee may or may not have changed the lock: unknown */
    OP_EVER,   /* a callee takes the lock on every path (ever-acquired) */
    OP_SPAWN, OP_JOIN,
} ls_opkind;

typedef struct ls_op {
    uint32_t event;
    uint8_t kind;
    bool direct;          /* the event itself is the lock API call */
    int8_t w, r1, r2;     /* slots, -1 if none */
} ls_op;

/* A function's net effect on a lock its caller can name. */
typedef struct ls_net { ir_key key; uint8_t kind; bool rw; } ls_net;

typedef struct ls_sum {
    ls_net *net; uint32_t nnet;
    ls_acq *acq; uint32_t nacq;
    bool done;
} ls_sum;

struct ls_ctx {
    rule_ctx *rc;
    const ir_tu *tu;
    ir_tu *mtu;        /* the same TU, for interning mapped keys */
    analysis *an;
    ls_sum *sums;
    bool *root, *multi;
    uint64_t *reach;   /* nfuncs rows of `words` words: roots reaching f */
    uint32_t words;
};

struct ls_fn {
    ls_ctx *cx;
    const ir_func *fn;
    uint32_t func;
    uint32_t nslots;
    ls_slot slots[LS_MAX_SLOTS];
    ls_op *ops; uint32_t nops, capops;
    uint32_t *op_first;   /* nevents + 1 */
    ls_state entry;
    df_result *res;
    uint64_t *dom;        /* dominator sets, built on first use */
    bool dom_tried;
};

const ir_tu *ls_tu(const ls_ctx *cx) { return cx->tu; }
const ir_func *ls_fn_func(const ls_fn *lf) { return lf->fn; }
uint32_t ls_fn_index(const ls_fn *lf) { return lf->func; }
uint32_t ls_nslots(const ls_fn *lf) { return lf->nslots; }
const ls_slot *ls_slot_at(const ls_fn *lf, uint32_t slot) { return &lf->slots[slot]; }
const ls_state *ls_entry_state(const ls_fn *lf) { return &lf->entry; }

ir_api ls_call_api(const ir_func *fn, const ir_event *ev, ir_key *obj) {
    *obj = 0;
    if (ev->kind != EV_CALL) return API_NONE;
    const ir_event *d = NULL;
    if (ev->deferred && ev->defer_event >= 0 && (uint32_t)ev->defer_event < fn->nevents &&
        fn->events[ev->defer_event].kind == EV_DEFER)
        d = &fn->events[ev->defer_event];
    if (ev->api != API_NONE) {
        if (ev->nargs > 0) *obj = ev->args[0].obj;
        if (*obj == 0 && d && d->nargs > 0) *obj = d->args[0].obj;
        return ev->api;
    }
    if (d) {
        if (d->nargs > 0) *obj = d->args[0].obj;
        return d->api;
    }
    return API_NONE;
}

ir_key ls_map_key(ir_tu *tu, const ir_event *call, ir_key callee_key) {
    return ir_key_map_to_caller(tu, call, callee_key);
}

const char *ls_name(const ir_tu *tu, ir_key k, bool obj_style, char *buf, size_t len) {
    char tmp[256];
    if (obj_style) ir_obj_str(tu, k, tmp, sizeof tmp);
    else ir_key_str(tu, k, tmp, sizeof tmp);
    snprintf(buf, len, "%s", tmp);
    if (!k || k >= tu->nkeys) return buf;
    ir_key root = ir_key_root(tu, k);
    const ir_keyinfo *ri = &tu->keys[root];
    if (ri->kind != KEY_PARAM || ri->func < 0 || (uint32_t)ri->func >= tu->nfuncs || !ri->name) return buf;
    /* `struct job *j = arg;` keys j's uses by the parameter: spell them with j. */
    const ir_func *fn = &tu->funcs[ri->func];
    const char *alias = NULL;
    for (uint32_t e = 0; e < fn->nevents && !alias; e++) {
        const ir_event *ev = &fn->events[e];
        if (ev->kind == EV_ASSIGN && ev->nargs > 0 && ev->args[0].value == root && ev->key &&
            tu->keys[ev->key].kind == KEY_LOCAL && tu->keys[ev->key].name)
            alias = tu->keys[ev->key].name;
    }
    if (!alias) return buf;
    size_t stars = strspn(tmp, "*(");
    size_t nl = strlen(ri->name);
    if (strncmp(tmp + stars, ri->name, nl) != 0) return buf;
    snprintf(buf, len, "%.*s%s%s", (int)stars, tmp, alias, tmp + stars + nl);
    return buf;
}

uint32_t ls_block_of_event(const ir_func *fn, uint32_t ev) {
    for (uint32_t k = 0; k < fn->nblocks; k++) {
        const ir_block *bk = &fn->blocks[k];
        if (ev >= bk->first_event && ev < bk->first_event + bk->nevents) return k;
    }
    return 0;
}

/* Does key k live in the function's frame (a local object, no pointer on
 * the way)? Such a lock starts unlocked. */
static bool key_is_frame_local(const ir_tu *tu, ir_key k) {
    for (; k; k = tu->keys[k].parent) {
        const ir_keyinfo *ki = &tu->keys[k];
        if (ki->kind == KEY_DEREF) return false;
        if (ki->kind == KEY_LOCAL) return true;
        if (ki->kind == KEY_GLOBAL || ki->kind == KEY_PARAM || ki->kind == KEY_TEMP) return false;
    }
    return false;
}

static bool key_summarisable(const ir_tu *tu, ir_key k) {
    if (!k) return false;
    ir_key_kind kind = tu->keys[ir_key_root(tu, k)].kind;
    return kind == KEY_PARAM || kind == KEY_GLOBAL;
}

static bool key_is_rw(const ir_tu *tu, ir_key k) { return k && tu->keys[k].type == TY_RWMUTEX; }

int ls_slot_find(const ls_fn *lf, ir_key key, ls_mode mode) {
    if (!key) return -1;
    for (uint32_t i = 0; i < lf->nslots; i++)
        if (lf->slots[i].key == key && lf->slots[i].mode == mode) return (int)i;
    return -1;
}

/* Does key contain an array index, or go through a local pointer that is
 * assigned more than once or inside a loop (`cur = cur->next`)? */
static void key_ambiguity(const ls_fn *lf, ir_key key, bool *indexed, bool *reassigned) {
    const ir_tu *tu = lf->cx->tu;
    bool deref = false;
    ir_key k = key;
    for (; k; k = tu->keys[k].parent) {
        ir_key_kind kind = tu->keys[k].kind;
        if (kind == KEY_INDEX) *indexed = true;
        if (kind == KEY_DEREF) deref = true;
        if (tu->keys[k].parent == 0) break;
    }
    if (!k || !deref || tu->keys[k].kind != KEY_LOCAL) return;
    const ir_func *fn = lf->fn;
    uint32_t assigns = 0;
    for (uint32_t b = 0; b < fn->nblocks; b++) {
        const ir_block *blk = &fn->blocks[b];
        for (uint32_t i = blk->first_event; i < blk->first_event + blk->nevents; i++)
            if (fn->events[i].kind == EV_ASSIGN && fn->events[i].key == k) assigns += blk->loop >= 0 ? 2 : 1;
    }
    *reassigned = assigns > 1;
}

static int slot_get(ls_fn *lf, ir_key key, ls_mode mode, bool rw) {
    if (!key) return -1;
    int s = ls_slot_find(lf, key, mode);
    if (s >= 0) {
        if (rw) lf->slots[s].rw = true;
        return s;
    }
    if (lf->nslots >= LS_MAX_SLOTS) return -1;
    ls_slot *sl = &lf->slots[lf->nslots];
    *sl = (ls_slot){ key, (uint8_t)mode, rw || key_is_rw(lf->cx->tu, key), false, false };
    key_ambiguity(lf, key, &sl->indexed, &sl->reassigned);
    return (int)lf->nslots++;
}

static void op_push(ls_fn *lf, uint32_t event, ls_opkind kind, bool direct, int w, int r1, int r2) {
    if (lf->nops == lf->capops) {
        lf->capops = lf->capops ? lf->capops * 2 : 16;
        lf->ops = realloc(lf->ops, lf->capops * sizeof *lf->ops);
    }
    lf->ops[lf->nops++] = (ls_op){ event, (uint8_t)kind, direct, (int8_t)w, (int8_t)r1, (int8_t)r2 };
}

/* Adds an op on `key` in the mode the op needs. */
static void op_on_key(ls_fn *lf, uint32_t event, ls_opkind kind, bool direct, ir_key key, bool rw) {
    int w = -1, r1 = -1, r2 = -1;
    switch (kind) {
    case OP_LOCK: case OP_UNLOCK: case OP_TRYLOCK:
        w = slot_get(lf, key, LS_W, rw);
        if (w < 0) return;
        break;
    case OP_RLOCK: case OP_RUNLOCK: case OP_TRYRLOCK:
        r1 = slot_get(lf, key, LS_R1, true);
        r2 = slot_get(lf, key, LS_R2, true);
        if (r1 < 0 || r2 < 0) return;
        break;
    case OP_HAVOC:
        w = ls_slot_find(lf, key, LS_W);
        r1 = ls_slot_find(lf, key, LS_R1);
        r2 = ls_slot_find(lf, key, LS_R2);
        if (w < 0 && r1 < 0) w = slot_get(lf, key, LS_W, rw);
        break;
    case OP_EVER:
        w = slot_get(lf, key, rw ? LS_R1 : LS_W, rw);
        if (w < 0) return;
        break;
    default: break;
    }
    op_push(lf, event, kind, direct, w, r1, r2);
}

/* Resolves a function annotation's argument to a key of this function. */
static ir_key annot_key(const ls_fn *lf, const ir_annot *a) {
    if (a->key) return a->key;
    if (!a->arg) return 0;
    const ir_tu *tu = lf->cx->tu;
    char buf[256];
    for (uint32_t i = 0; i < lf->nslots; i++) {
        if (strcmp(ir_key_str(tu, lf->slots[i].key, buf, sizeof buf), a->arg) == 0) return lf->slots[i].key;
        if (strcmp(ir_obj_str(tu, lf->slots[i].key, buf, sizeof buf), a->arg) == 0) return lf->slots[i].key;
    }
    /* A lock the function never touches: look through every key of the TU
     * rooted in this function or global (the frontend interned it). */
    for (ir_key k = 1; k < tu->nkeys; k++) {
        ir_key r = ir_key_root(tu, k);
        const ir_keyinfo *ri = &tu->keys[r];
        if (ri->kind != KEY_GLOBAL && !(ri->kind == KEY_PARAM && ri->func == (int32_t)lf->func)) continue;
        if (tu->keys[k].type != TY_MUTEX && tu->keys[k].type != TY_RWMUTEX) continue;
        if (strcmp(ir_key_str(tu, k, buf, sizeof buf), a->arg) == 0) return k;
    }
    return 0;
}


static void build_ops(ls_fn *lf) {
    ls_ctx *cx = lf->cx;
    const ir_tu *tu = cx->tu;
    const ir_func *fn = lf->fn;
    lf->op_first = calloc(fn->nevents + 1, sizeof *lf->op_first);
    for (uint32_t e = 0; e < fn->nevents; e++) {
        lf->op_first[e] = lf->nops;
        const ir_event *ev = &fn->events[e];
        if (ev->kind == EV_SPAWN) { op_push(lf, e, OP_SPAWN, true, -1, -1, -1); continue; }
        if (ev->kind != EV_CALL) continue;
        ir_key obj;
        ir_api api = ls_call_api(fn, ev, &obj);
        if (api != API_NONE) {
            switch (api) {
            case API_MUTEX_LOCK: op_on_key(lf, e, OP_LOCK, true, obj, false); break;
            case API_RW_LOCK: op_on_key(lf, e, OP_LOCK, true, obj, true); break;
            case API_MUTEX_UNLOCK: op_on_key(lf, e, OP_UNLOCK, true, obj, false); break;
            case API_RW_UNLOCK: op_on_key(lf, e, OP_UNLOCK, true, obj, true); break;
            case API_MUTEX_TRYLOCK: op_on_key(lf, e, OP_TRYLOCK, true, obj, false); break;
            case API_RW_TRYLOCK: op_on_key(lf, e, OP_TRYLOCK, true, obj, true); break;
            case API_RW_RLOCK: op_on_key(lf, e, OP_RLOCK, true, obj, true); break;
            case API_RW_RUNLOCK: op_on_key(lf, e, OP_RUNLOCK, true, obj, true); break;
            case API_RW_TRYRLOCK: op_on_key(lf, e, OP_TRYRLOCK, true, obj, true); break;
            case API_WG_WAIT: op_push(lf, e, OP_JOIN, true, -1, -1, -1); break;
            case API_COND_WAIT:
                if (ev->nargs > 1) slot_get(lf, ev->args[1].obj, LS_W, false);
                break;
            default: break;
            }
            continue;
        }
        if (ev->func < 0 || (uint32_t)ev->func >= tu->nfuncs) continue;
        uint32_t g = (uint32_t)ev->func;
        const ls_sum *sm = &cx->sums[g];
        if (sm->done) {
            for (uint32_t i = 0; i < sm->nnet; i++) {
                ir_key k = ls_map_key(cx->mtu, ev, sm->net[i].key);
                if (k) op_on_key(lf, e, (ls_opkind)sm->net[i].kind, false, k, sm->net[i].rw);
            }
            for (uint32_t i = 0; i < sm->nacq; i++) {
                if (!sm->acq[i].must) continue;
                ir_key k = ls_map_key(cx->mtu, ev, sm->acq[i].key);
                if (k) op_on_key(lf, e, OP_EVER, false, k, sm->acq[i].read);
            }
        }
        if (cg_may_spawn(cx->an, g)) op_push(lf, e, OP_SPAWN, false, -1, -1, -1);
    }
    lf->op_first[fn->nevents] = lf->nops;
    /* The other mode of a rwmutex: a goroutine holding one mode cannot
     * also hold the other (that would have deadlocked), so taking one makes
     * the other free. Slots may have been created after the op. */
    for (uint32_t i = 0; i < lf->nops; i++) {
        ls_op *op = &lf->ops[i];
        if ((op->kind == OP_RLOCK || op->kind == OP_TRYRLOCK) && op->r1 >= 0)
            op->w = (int8_t)ls_slot_find(lf, lf->slots[op->r1].key, LS_W);
        else if (op->kind == OP_LOCK && op->w >= 0 && lf->slots[op->w].rw)
            op->r1 = (int8_t)ls_slot_find(lf, lf->slots[op->w].key, LS_R1);
    }
}

/* ---- The lattice -------------------------------------------------------- */
static void st_bottom(void *state, void *ctx) {
    (void)ctx;
    ls_state *st = state;
    memset(st, 0, sizeof *st);
    for (int i = 0; i < LS_MAX_SLOTS; i++) st->site[i] = st->rel[i] = LS_NOSITE;
    st->ever = ~0ull;
}

static void st_boundary(void *state, void *ctx) {
    memcpy(state, &((ls_fn *)ctx)->entry, sizeof(ls_state));
}

static uint16_t join_site(uint16_t a, uint16_t b) {
    if (a == b || b == LS_NOSITE) return a;
    if (a == LS_NOSITE) return b;
    return LS_MANY;
}

static void st_join(void *dstv, const void *srcv, void *ctx) {
    ls_fn *lf = ctx;
    ls_state *d = dstv;
    const ls_state *s = srcv;
    for (uint32_t i = 0; i < lf->nslots; i++) {
        if (d->v[i] == 0) {
            d->site[i] = s->site[i];
            d->rel[i] = s->rel[i];
        } else if (s->v[i] != 0) {
            d->site[i] = join_site(d->site[i], s->site[i]);
            d->rel[i] = join_site(d->rel[i], s->rel[i]);
        }
        d->v[i] |= s->v[i];
    }
    d->acquired |= s->acquired;
    d->touched |= s->touched;
    d->doubled |= s->doubled;
    d->ever &= s->ever;
    d->spawned |= s->spawned;
}

static uint64_t bit(int s) { return s >= 0 ? 1ull << s : 0; }

static uint8_t shift_down(uint8_t v) { return (v & LS_UNKNOWN) ? (uint8_t)((v & ~LS_UNKNOWN) | LS_FREE) : v; }

static void apply_op(ls_state *st, const ls_op *op) {
    uint16_t site = op->event < LS_MANY ? (uint16_t)op->event : LS_MANY;
    bool wop = op->kind == OP_LOCK || op->kind == OP_UNLOCK || op->kind == OP_TRYLOCK || op->kind == OP_EVER;
    bool rop = op->kind == OP_RLOCK || op->kind == OP_RUNLOCK || op->kind == OP_TRYRLOCK;
    if ((wop && (op->w < 0 || op->w >= LS_MAX_SLOTS)) || (rop && (op->r1 < 0 || op->r2 < 0))) return;
    /* slot indices, valid (< LS_MAX_SLOTS) for the op kinds that use them */
    const unsigned w = (unsigned)(uint8_t)op->w % LS_MAX_SLOTS, r1 = (unsigned)(uint8_t)op->r1 % LS_MAX_SLOTS,
                   r2 = (unsigned)(uint8_t)op->r2 % LS_MAX_SLOTS;
    const bool has_w = op->w >= 0, has_r1 = op->r1 >= 0, has_r2 = op->r2 >= 0;
    switch ((ls_opkind)op->kind) {
    case OP_LOCK:
        if (st->v[w] == LS_HELD) st->doubled |= bit((int)w);
        else st->site[w] = site;
        st->v[w] = LS_HELD;
        st->acquired |= bit((int)w); st->ever |= bit((int)w); st->touched |= bit((int)w);
        if (has_r1 && st->v[r1] != LS_HELD) st->v[r1] = LS_FREE;
        break;
    case OP_UNLOCK:
        if (st->doubled & bit((int)w)) { /* the second lock never returned: still held */
            st->doubled &= ~bit((int)w);
            break;
        }
        st->v[w] = LS_FREE; st->site[w] = LS_NOSITE; st->rel[w] = site;
        st->acquired &= ~bit((int)w);
        break;
    case OP_TRYLOCK:
        st->v[w] |= LS_HELD; st->site[w] = site;
        st->acquired |= bit((int)w); st->touched |= bit((int)w);
        break;
    case OP_RLOCK:
        if (has_w && st->v[w] != LS_HELD) st->v[w] = LS_FREE;
        /* A read lock the caller might hold is assumed not held: taking it
         * again here would be the recursive read lock this analysis finds. */
        st->v[r2] = shift_down(st->v[r1]); st->site[r2] = st->site[r1];
        st->v[r1] = LS_HELD; st->site[r1] = site;
        st->acquired |= bit((int)r1); st->ever |= bit((int)r1); st->touched |= bit((int)r1);
        break;
    case OP_RUNLOCK:
        st->v[r1] = st->v[r2]; st->site[r1] = st->site[r2];
        st->v[r2] = LS_FREE; st->site[r2] = LS_NOSITE;
        st->rel[r1] = site;
        if (!(st->v[r1] & LS_HELD)) st->acquired &= ~bit((int)r1);
        break;
    case OP_TRYRLOCK:
        st->v[r2] = shift_down(st->v[r1]); st->site[r2] = st->site[r1];
        st->v[r1] |= LS_HELD; st->site[r1] = site;
        st->acquired |= bit((int)r1); st->touched |= bit((int)r1);
        break;
    case OP_HAVOC:
        if (has_w) { st->v[w] = LS_UNKNOWN; st->site[w] = LS_NOSITE; st->acquired &= ~bit((int)w); }
        if (has_r1) { st->v[r1] = LS_UNKNOWN; st->site[r1] = LS_NOSITE; st->acquired &= ~bit((int)r1); }
        if (has_r2) { st->v[r2] = LS_FREE; st->site[r2] = LS_NOSITE; }
        break;
    case OP_EVER: st->ever |= bit((int)w); break;
    case OP_SPAWN: st->spawned = 1; break;
    case OP_JOIN: st->spawned = 0; break;
    }
}

static void st_transfer(void *state, const ir_func *fn, const ir_event *ev, void *ctx) {
    ls_fn *lf = ctx;
    uint32_t e = (uint32_t)(ev - fn->events);
    for (uint32_t i = lf->op_first[e]; i < lf->op_first[e + 1]; i++) apply_op(state, &lf->ops[i]);
}

/* Refines a trylock's branches: taken when it succeeded, or when it failed. */
static bool st_edge(void *state, const ir_func *fn, const ir_block *from, const ir_edge *e, void *ctx) {
    (void)fn; (void)from;
    ls_fn *lf = ctx;
    if (e->cond == COND_ALWAYS || e->event < 0 || (uint32_t)e->event >= lf->fn->nevents) return true;
    int success; /* 1 succeeded, 0 failed, -1 unknown */
    switch (e->cond) {
    case COND_NONZERO: success = 1; break;
    case COND_ZERO: success = 0; break;
    case COND_EQ: success = e->value != 0; break;
    case COND_NE: success = e->value == 0 ? 1 : -1; break;
    default: success = -1; break;
    }
    if (success < 0) return true;
    ls_state *st = state;
    uint32_t ev = (uint32_t)e->event;
    for (uint32_t i = lf->op_first[ev]; i < lf->op_first[ev + 1]; i++) {
        const ls_op *op = &lf->ops[i];
        if (op->kind == OP_TRYLOCK) {
            if (success) st->v[op->w] = LS_HELD;
            else if (st->v[op->w] != LS_HELD) {
                st->v[op->w] &= (uint8_t)~LS_HELD;
                st->acquired &= ~bit(op->w);
                st->site[op->w] = LS_NOSITE;
            }
        } else if (op->kind == OP_TRYRLOCK) {
            if (success) st->v[op->r1] = LS_HELD;
            else {
                st->v[op->r1] = st->v[op->r2]; st->site[op->r1] = st->site[op->r2];
                st->v[op->r2] = LS_FREE; st->site[op->r2] = LS_NOSITE;
                if (!(st->v[op->r1] & LS_HELD)) st->acquired &= ~bit(op->r1);
            }
        }
    }
    return true;
}

/* ---- Solving one function ----------------------------------------------- */
static bool fn_starts_unlocked(ls_ctx *cx, uint32_t func) {
    const cg_node *nd = cg_node_of(cx->an, func);
    return nd && nd->is_goroutine && nd->ncallers == 0 && !nd->address_taken;
}

static void set_entry(ls_fn *lf) {
    const ir_tu *tu = lf->cx->tu;
    bool unlocked = fn_starts_unlocked(lf->cx, lf->func);
    st_bottom(&lf->entry, NULL);
    lf->entry.ever = 0;
    for (uint32_t i = 0; i < lf->nslots; i++) {
        const ls_slot *sl = &lf->slots[i];
        if (sl->mode == LS_R2 || unlocked || key_is_frame_local(tu, sl->key)) lf->entry.v[i] = LS_FREE;
        else lf->entry.v[i] = LS_UNKNOWN;
    }
    for (uint32_t a = 0; a < lf->fn->nannots; a++) {
        const ir_annot *an = &lf->fn->annots[a];
        if (an->kind != ANN_REQUIRES && an->kind != ANN_RELEASES) continue;
        ir_key k = annot_key(lf, an);
        if (!k) continue;
        int s = slot_get(lf, k, key_is_rw(tu, k) ? LS_R1 : LS_W, key_is_rw(tu, k));
        if (s >= 0) lf->entry.v[s] = LS_HELD;
        if (key_is_rw(tu, k)) {
            int r2 = slot_get(lf, k, LS_R2, true);
            if (r2 >= 0) lf->entry.v[r2] = LS_FREE;
        }
    }
    /* slots created above for annotations start as stated; any later ones: */
    for (uint32_t i = 0; i < lf->nslots; i++)
        if (lf->entry.v[i] == 0) lf->entry.v[i] = unlocked ? LS_FREE : LS_UNKNOWN;
}

ls_fn *ls_fn_solve(ls_ctx *cx, uint32_t func) {
    ls_fn *lf = calloc(1, sizeof *lf);
    lf->cx = cx;
    lf->func = func;
    lf->fn = &cx->tu->funcs[func];
    build_ops(lf);
    set_entry(lf);
    df_problem p = {
        .state_size = sizeof(ls_state), .backward = false,
        .init_boundary = st_boundary, .init_bottom = st_bottom,
        .join = st_join, .transfer = st_transfer, .edge = st_edge, .ctx = lf,
    };
    lf->res = lf->fn->nblocks ? df_solve(lf->fn, &p) : NULL;
    return lf;
}

void ls_fn_free(ls_fn *lf) {
    if (!lf) return;
    if (lf->res) df_free(lf->res);
    free(lf->dom);
    free(lf->ops);
    free(lf->op_first);
    free(lf);
}

/* Dominators cost nblocks^2 bits: beyond this size, no block is claimed to
 * dominate another (fewer must-facts, never a wrong one). */
#define LS_DOM_MAX_BLOCKS 4096

bool ls_fn_dominates(ls_fn *lf, uint32_t a, uint32_t b) {
    if (a == b || a == 0) return true;
    if (!lf->dom_tried) {
        lf->dom_tried = true;
        if (lf->fn->nblocks <= LS_DOM_MAX_BLOCKS) lf->dom = cfg_dominators(lf->fn);
    }
    return lf->dom && cfg_dominates(lf->dom, lf->fn, a, b);
}

bool ls_reached(const ls_fn *lf, uint32_t block) { return lf->res && df_reached(lf->res, block); }

const ls_state *ls_block_out(const ls_fn *lf, uint32_t block) {
    if (!ls_reached(lf, block)) return NULL;
    return df_out(lf->res, block);
}

bool ls_site_loc(const ls_fn *lf, const ls_state *st, int slot, ir_loc *out) {
    if (slot < 0 || st->site[slot] >= LS_MANY || st->site[slot] >= lf->fn->nevents) return false;
    *out = lf->fn->events[st->site[slot]].loc;
    return true;
}

bool ls_release_loc(const ls_fn *lf, const ls_state *st, int slot, ir_loc *out) {
    if (slot < 0 || st->rel[slot] >= LS_MANY || st->rel[slot] >= lf->fn->nevents) return false;
    *out = lf->fn->events[st->rel[slot]].loc;
    return true;
}

typedef struct walk_ud {
    ls_fn *lf;
    void (*visit)(ls_fn *, const ls_state *, const ir_event *, uint32_t, void *);
    void *ud;
} walk_ud;

static void walk_one(const void *state, const ir_event *ev, uint32_t index, void *ud) {
    walk_ud *w = ud;
    w->visit(w->lf, state, ev, index, w->ud);
}

void ls_fn_walk(ls_fn *lf, void (*visit)(ls_fn *, const ls_state *, const ir_event *, uint32_t, void *),
                void *ud) {
    if (!lf->res) return;
    walk_ud w = { lf, visit, ud };
    for (uint32_t b = 0; b < lf->fn->nblocks; b++)
        if (df_reached(lf->res, b)) df_walk_block(lf->res, lf->fn, b, walk_one, &w);
}

/* ---- Summaries ------------------------------------------------------------ */
static void sum_net(ls_sum *sm, ir_key key, ls_opkind kind, bool rw) {
    for (uint32_t i = 0; i < sm->nnet; i++)
        if (sm->net[i].key == key && (sm->net[i].kind == OP_RLOCK || sm->net[i].kind == OP_RUNLOCK) ==
                                         (kind == OP_RLOCK || kind == OP_RUNLOCK)) {
            sm->net[i].kind = (uint8_t)kind;
            return;
        }
    sm->net = realloc(sm->net, (sm->nnet + 1) * sizeof *sm->net);
    sm->net[sm->nnet++] = (ls_net){ key, (uint8_t)kind, rw };
}

static void sum_acq(ls_sum *sm, ls_acq a) {
    for (uint32_t i = 0; i < sm->nacq; i++)
        if (sm->acq[i].key == a.key && sm->acq[i].read == a.read) {
            sm->acq[i].must |= a.must;
            return;
        }
    if (sm->nacq >= 32) return;
    sm->acq = realloc(sm->acq, (sm->nacq + 1) * sizeof *sm->acq);
    sm->acq[sm->nacq++] = a;
}

static void summarise(ls_ctx *cx, uint32_t f) {
    const ir_tu *tu = cx->tu;
    const ir_func *fn = &tu->funcs[f];
    ls_sum *sm = &cx->sums[f];
    ls_fn *lf = ls_fn_solve(cx, f);
    const ls_state *x = fn->nblocks ? ls_block_out(lf, fn->exit) : NULL;
    if (x) {
        for (uint32_t i = 0; i < lf->nslots; i++) {
            const ls_slot *sl = &lf->slots[i];
            if (sl->mode == LS_R2 || !key_summarisable(tu, sl->key)) continue;
            uint8_t e = lf->entry.v[i], v = x->v[i];
            bool r = sl->mode == LS_R1;
            /* A lock the function takes itself was not held by the caller
             * (that would be a double lock): ending free is no net change. */
            bool took = x->touched & (1ull << i), took_always = x->ever & (1ull << i);
            if (v == LS_HELD && e != LS_HELD) sum_net(sm, sl->key, r ? OP_RLOCK : OP_LOCK, sl->rw);
            else if (v == LS_FREE && e != LS_FREE && !took) sum_net(sm, sl->key, r ? OP_RUNLOCK : OP_UNLOCK, sl->rw);
            else if (v == LS_FREE && e != LS_FREE && took && !took_always) sum_net(sm, sl->key, OP_HAVOC, sl->rw);
            else if (v == LS_FREE) { /* took it and gave it back */ }
            else if (v != e && (((v & LS_HELD) && !(e & LS_HELD)) || ((v & LS_FREE) && !(e & LS_FREE))))
                sum_net(sm, sl->key, OP_HAVOC, sl->rw);
        }
        /* Acquisitions: direct blocking locks, and the callees'. */
        for (uint32_t i = 0; i < lf->nops; i++) {
            const ls_op *op = &lf->ops[i];
            const ir_event *ev = &fn->events[op->event];
            if (ev->deferred) continue;
            uint32_t b = ls_block_of_event(fn, op->event);
            if (!ls_reached(lf, b)) continue;
            bool must = ls_fn_dominates(lf, b, fn->exit);
            if (op->direct && (op->kind == OP_LOCK || op->kind == OP_RLOCK)) {
                int s = op->kind == OP_LOCK ? op->w : op->r1;
                if (!key_summarisable(tu, lf->slots[s].key)) continue;
                sum_acq(sm, (ls_acq){ lf->slots[s].key, lf->slots[s].rw, op->kind == OP_RLOCK, must, ev->loc, NULL });
            }
        }
        for (uint32_t e = 0; e < fn->nevents; e++) {
            const ir_event *ev = &fn->events[e];
            if (ev->kind != EV_CALL || ev->api != API_NONE || ev->func < 0 || (uint32_t)ev->func >= tu->nfuncs) continue;
            uint32_t b = ls_block_of_event(fn, e);
            if (!ls_reached(lf, b)) continue;
            const ls_sum *cs = &cx->sums[ev->func];
            if (!cs->done) continue;
            bool must = ls_fn_dominates(lf, b, fn->exit);
            for (uint32_t i = 0; i < cs->nacq; i++) {
                ir_key k = ls_map_key(cx->mtu, ev, cs->acq[i].key);
                if (!key_summarisable(tu, k)) continue;
                ls_acq a = cs->acq[i];
                a.key = k;
                a.must = a.must && must;
                if (!a.via) a.via = tu->funcs[ev->func].name;
                sum_acq(sm, a);
            }
        }
    }
    for (uint32_t a = 0; a < fn->nannots; a++) {
        const ir_annot *an = &fn->annots[a];
        if (an->kind != ANN_ACQUIRES && an->kind != ANN_RELEASES) continue;
        ir_key k = annot_key(lf, an);
        if (!key_summarisable(tu, k)) continue;
        sum_net(sm, k, an->kind == ANN_ACQUIRES ? OP_LOCK : OP_UNLOCK, key_is_rw(tu, k));
    }
    sm->done = true;
    ls_fn_free(lf);
}

static void compute_roots(ls_ctx *cx) {
    uint32_t n = cx->tu->nfuncs;
    cx->root = calloc(n ? n : 1, sizeof *cx->root);
    cx->multi = calloc(n ? n : 1, sizeof *cx->multi);
    cx->words = (n + 63) / 64;
    cx->reach = calloc((size_t)(n ? n : 1) * (cx->words ? cx->words : 1), sizeof *cx->reach);
    for (uint32_t f = 0; f < n; f++) {
        const cg_node *nd = cg_node_of(cx->an, f);
        cx->root[f] = nd->is_goroutine || nd->ncallers == 0;
        if (nd->is_main) continue;
        if (nd->nspawners >= 2) cx->multi[f] = true;
        else if (nd->nspawners == 1) {
            const ir_func *sf = &cx->tu->funcs[nd->spawners[0].func];
            uint32_t b = ls_block_of_event(sf, nd->spawners[0].event);
            if (cfg_in_loop(sf, b)) cx->multi[f] = true;
        } else if (nd->ncallers == 0 && !nd->is_goroutine) {
            cx->multi[f] = !cx->tu->funcs[f].is_static; /* an entry point anyone may call */
        }
    }
    uint32_t *stack = malloc(sizeof *stack * (n + 1));
    for (uint32_t r = 0; r < n; r++) {
        if (!cx->root[r]) continue;
        uint32_t sp = 0;
        stack[sp++] = r;
        cx->reach[(size_t)r * cx->words + r / 64] |= 1ull << (r % 64);
        while (sp) {
            const cg_node *nd = cg_node_of(cx->an, stack[--sp]);
            for (uint32_t c = 0; c < nd->ncallees; c++) {
                uint32_t g = nd->callees[c];
                uint64_t *row = &cx->reach[(size_t)g * cx->words];
                if (row[r / 64] & (1ull << (r % 64))) continue;
                row[r / 64] |= 1ull << (r % 64);
                stack[sp++] = g;
            }
        }
    }
    free(stack);
}

bool ls_is_root(ls_ctx *cx, uint32_t func) { return func < cx->tu->nfuncs && cx->root[func]; }
bool ls_root_multi(ls_ctx *cx, uint32_t root) { return root < cx->tu->nfuncs && cx->multi[root]; }

bool ls_may_run_apart(ls_ctx *cx, uint32_t f1, uint32_t f2) {
    uint32_t n = cx->tu->nfuncs;
    if (f1 >= n || f2 >= n) return false;
    const uint64_t *a = &cx->reach[(size_t)f1 * cx->words], *b = &cx->reach[(size_t)f2 * cx->words];
    for (uint32_t r1 = 0; r1 < n; r1++) {
        if (!(a[r1 / 64] >> (r1 % 64) & 1)) continue;
        for (uint32_t r2 = 0; r2 < n; r2++) {
            if (!(b[r2 / 64] >> (r2 % 64) & 1)) continue;
            if (r1 != r2 || cx->multi[r1]) return true;
        }
    }
    return false;
}

bool ls_only_spawned_by(ls_ctx *cx, uint32_t f, uint32_t spawner) {
    uint32_t n = cx->tu->nfuncs;
    if (f >= n || spawner >= n) return false;
    const uint64_t *row = &cx->reach[(size_t)f * cx->words];
    bool any = false;
    for (uint32_t r = 0; r < n; r++) {
        if (!(row[r / 64] >> (r % 64) & 1)) continue;
        const cg_node *nd = cg_node_of(cx->an, r);
        if (!nd || !nd->is_goroutine || nd->is_main || nd->ncallers || !nd->nspawners) return false;
        for (uint32_t i = 0; i < nd->nspawners; i++)
            if (nd->spawners[i].func != spawner) return false;
        any = true;
    }
    return any;
}

ls_ctx *ls_ctx_new(rule_ctx *rc) {
    ls_ctx *cx = calloc(1, sizeof *cx);
    cx->rc = rc;
    cx->tu = rc_tu(rc);
    cx->an = rc_analysis(rc);
    cx->mtu = analysis_tu(cx->an);
    uint32_t n = cx->tu->nfuncs;
    cx->sums = calloc(n ? n : 1, sizeof *cx->sums);
    uint32_t count = 0;
    const uint32_t *order = cg_bottom_up(cx->an, &count);
    for (uint32_t i = 0; i < count; i++)
        if (order[i] < n && !cx->sums[order[i]].done) summarise(cx, order[i]);
    for (uint32_t f = 0; f < n; f++)
        if (!cx->sums[f].done) summarise(cx, f);
    compute_roots(cx);
    return cx;
}

void ls_ctx_free(ls_ctx *cx) {
    if (!cx) return;
    for (uint32_t f = 0; f < cx->tu->nfuncs; f++) {
        free(cx->sums[f].net);
        free(cx->sums[f].acq);
    }
    free(cx->sums);
    free(cx->root);
    free(cx->multi);
    free(cx->reach);
    free(cx);
}

const ls_acq *ls_acquisitions(ls_ctx *cx, uint32_t func, uint32_t *count) {
    *count = func < cx->tu->nfuncs ? cx->sums[func].nacq : 0;
    return *count ? cx->sums[func].acq : NULL;
}

const char *ls_abstract(ls_ctx *cx, uint32_t func, ir_key k, char *buf, size_t len) {
    const ir_tu *tu = cx->tu;
    if (len) buf[0] = 0;
    for (int depth = 0; depth < 4 && k; depth++) {
        while (k && tu->keys[k].kind == KEY_DEREF) k = tu->keys[k].parent;
        if (!k) return NULL;
        /* Index suffixes, then the field that owns them. */
        int nidx = 0;
        ir_key f = k;
        while (f && tu->keys[f].kind == KEY_INDEX) { nidx++; f = tu->keys[f].parent; }
        if (f && tu->keys[f].kind == KEY_FIELD && tu->keys[f].record) {
            snprintf(buf, len, "%s.%s%s%s", tu->keys[f].record, tu->keys[f].name ? tu->keys[f].name : "?",
                     nidx ? "[]" : "", nidx > 1 ? "[]" : "");
            return buf;
        }
        ir_key root = ir_key_root(tu, k);
        const ir_keyinfo *ri = &tu->keys[root];
        if (ri->kind == KEY_GLOBAL) return ir_key_str(tu, k, buf, len);
        if (ri->kind != KEY_PARAM) return NULL;
        /* Rooted at a parameter: map through the single call or spawn site. */
        if (ri->func >= 0 && (uint32_t)ri->func < tu->nfuncs) func = (uint32_t)ri->func;
        const cg_node *nd = cg_node_of(cx->an, func);
        if (!nd || nd->ncallers + nd->nspawners != 1) return NULL;
        cg_site s = nd->ncallers ? nd->callers[0] : nd->spawners[0];
        const ir_event *ev = &tu->funcs[s.func].events[s.event];
        k = ls_map_key(cx->mtu, ev, k);
        func = s.func;
    }
    return NULL;
}

/* ======================================================================== *
 * The rules                                                                 *
 * ======================================================================== */

/* ---- empty-critical-section --------------------------------------------- */

/* The unlock that ends a critical section opened by `lock`, or API_NONE. */
static ir_api matching_unlock(ir_api lock) {
    switch (lock) {
    case API_MUTEX_LOCK: return API_MUTEX_UNLOCK;
    case API_RW_LOCK: return API_RW_UNLOCK;
    case API_RW_RLOCK: return API_RW_RUNLOCK;
    default: return API_NONE;
    }
}

/* The next event executed after event `i` of block `b` when control has no
 * choice (falls into a single successor that nothing else enters). */
static const ir_event *next_event(const ir_func *fn, uint32_t b, uint32_t i) {
    const ir_block *blk = &fn->blocks[b];
    if (i + 1 < blk->first_event + blk->nevents) return &fn->events[i + 1];
    for (int hops = 0; hops < 16; hops++) {
        if (blk->nsuccs != 1) return NULL;
        uint32_t nb = blk->succs[0].to;
        if (nb == fn->exit || fn->blocks[nb].npreds != 1) return NULL;
        blk = &fn->blocks[nb];
        if (blk->nevents > 0) return &fn->events[blk->first_event];
    }
    return NULL;
}

static bool key_has_index(const ir_tu *tu, ir_key k) {
    for (; k; k = tu->keys[k].parent)
        if (tu->keys[k].kind == KEY_INDEX) return true;
    return false;
}

static void check_empty_critical_section(rule_ctx *rc) {
    const ir_tu *tu = rc_tu(rc);
    char name[256];
    for (uint32_t f = 0; f < tu->nfuncs; f++) {
        const ir_func *fn = &tu->funcs[f];
        for (uint32_t b = 0; b < fn->nblocks; b++) {
            const ir_block *blk = &fn->blocks[b];
            for (uint32_t i = blk->first_event; i < blk->first_event + blk->nevents; i++) {
                const ir_event *ev = &fn->events[i];
                if (ev->kind != EV_CALL || ev->deferred || ev->nargs < 1) continue;
                ir_api want = matching_unlock(ev->api);
                ir_key obj = ev->args[0].obj;
                if (want == API_NONE || obj == 0) continue;
                /* Skip a guard declared for this very lock: its unlock is the
                 * scope exit that may follow. */
                uint32_t at = i;
                const ir_event *nx = next_event(fn, b, at);
                if (nx && nx->kind == EV_DEFER && nx->nargs > 0 && nx->args[0].obj == obj &&
                    nx->api == want) {
                    at = (uint32_t)(nx - fn->events);
                    nx = next_event(fn, ls_block_of_event(fn, at), at);
                }
                /* `co_mutex_unlock(j->mu)` first reads the pointer j->mu */
                while (nx && nx->kind == EV_READ && nx->key && nx->key == ev->args[0].value) {
                    uint32_t ni = (uint32_t)(nx - fn->events);
                    nx = next_event(fn, ls_block_of_event(fn, ni), ni);
                }
                ir_key uobj;
                if (!nx || ls_call_api(fn, nx, &uobj) != want || uobj != obj) continue;
                /* locks[i] and locks[j] share a key: require the same spelling */
                if (key_has_index(tu, obj) && !(nx->nargs > 0 && ev->args[0].text && nx->args[0].text &&
                                                strcmp(ev->args[0].text, nx->args[0].text) == 0))
                    continue;
                ls_name(tu, obj, true, name, sizeof name);
                diag *d = rc_report(rc, ev->loc,
                                    "empty critical section: %s is unlocked right after it is locked, "
                                    "so the lock protects nothing (move the guarded code between %s and %s)",
                                    name, ir_api_name(ev->api), ir_api_name(want));
                diag_add_related(d, rc_loc(rc, nx->loc), "%s unlocked here", name);
            }
        }
    }
}

static const rule rule_empty_critical_section = {
    .id = "empty-critical-section",
    .name = "EmptyCriticalSection",
    .short_desc = "A mutex unlocked right after it is locked, with nothing in between",
    .full_desc = "Reports co_mutex_lock/co_rwmutex_lock/co_rwmutex_rlock immediately followed by the "
                 "matching unlock (directly or through a CO_DEFER_* guard whose scope ends at once). "
                 "The critical section protects nothing; usually the code meant to be guarded was "
                 "left before the lock (staticcheck SA2001).",
    .default_level = LEVEL_WARNING,
    .check = check_empty_critical_section,
};


static const char *obj_name(const ir_tu *tu, ir_key k, char *buf, size_t len) {
    return ls_name(tu, k, true, buf, len);
}

static uint32_t line_of_site(const ls_fn *lf, const ls_state *st, int slot) {
    ir_loc l;
    return ls_site_loc(lf, st, slot, &l) ? l.line : 0;
}

/* " (locked at line N)" or "" */
static const char *site_note(const ls_fn *lf, const ls_state *st, int slot, const char *verb, char *buf, size_t len) {
    uint32_t line = line_of_site(lf, st, slot);
    if (line) snprintf(buf, len, " (%s at line %u)", verb, line);
    else if (len) buf[0] = 0;
    return buf;
}

static void relate_site(rule_ctx *rc, diag *d, const ls_fn *lf, const ls_state *st, int slot, const char *what,
                        const char *name) {
    ir_loc l;
    if (d && ls_site_loc(lf, st, slot, &l)) diag_add_related(d, rc_loc(rc, l), "%s %s here", name, what);
}

/* Runs `visit` over every function of the TU with its solved lock states. */
static void for_each_function(rule_ctx *rc, void (*visit)(ls_fn *, const ls_state *, const ir_event *, uint32_t, void *)) {
    ls_ctx *cx = ls_ctx_new(rc);
    for (uint32_t f = 0; f < rc_tu(rc)->nfuncs; f++) {
        ls_fn *lf = ls_fn_solve(cx, f);
        void *ud[2] = { rc, cx };
        ls_fn_walk(lf, visit, ud);
        ls_fn_free(lf);
    }
    ls_ctx_free(cx);
}

/* A slot whose key may stand for several objects gives no must-facts. */
static int unambiguous(const ls_fn *lf, int s) {
    return s >= 0 && ls_slot_ambiguous(ls_slot_at(lf, (uint32_t)s)) ? -1 : s;
}

/* ---- double-lock and recursive-rlock ------------------------------------ */
typedef enum { WANT_DOUBLE, WANT_RECURSIVE } relock_kind;

static void relock_visit(ls_fn *lf, const ls_state *st, const ir_event *ev, uint32_t index, void *udv,
                         relock_kind want) {
    void **ud = udv;
    rule_ctx *rc = ud[0];
    ls_ctx *cx = ud[1];
    const ir_tu *tu = rc_tu(rc);
    const ir_func *fn = ls_fn_func(lf);
    char name[256], note[64];
    if (ev->kind != EV_CALL || ev->deferred) return;
    if (ev->api != API_NONE) {
        ir_key obj;
        ir_api api = ls_call_api(fn, ev, &obj);
        int w = unambiguous(lf, ls_slot_find(lf, obj, LS_W)), r1 = unambiguous(lf, ls_slot_find(lf, obj, LS_R1));
        obj_name(tu, obj, name, sizeof name);
        diag *d = NULL;
        if (want == WANT_DOUBLE && (api == API_MUTEX_LOCK || api == API_RW_LOCK) && ls_must_held(st, w)) {
            d = rc_report(rc, ev->loc,
                          "%s is locked again while already held%s: mutexes are not recursive, so this "
                          "goroutine blocks on itself forever",
                          name, site_note(lf, st, w, "locked", note, sizeof note));
            relate_site(rc, d, lf, st, w, "first locked", name);
        } else if (want == WANT_DOUBLE && api == API_RW_LOCK && ls_must_held(st, r1)) {
            d = rc_report(rc, ev->loc,
                          "co_rwmutex_lock write-locks %s while holding its read lock%s: the writer waits "
                          "for all readers, itself included, forever",
                          name, site_note(lf, st, r1, "read-locked", note, sizeof note));
            relate_site(rc, d, lf, st, r1, "read-locked", name);
        } else if (want == WANT_DOUBLE && api == API_RW_RLOCK && ls_must_held(st, w)) {
            d = rc_report(rc, ev->loc,
                          "co_rwmutex_rlock read-locks %s while already holding its write lock%s: the "
                          "reader waits for the writer, itself, forever",
                          name, site_note(lf, st, w, "write-locked", note, sizeof note));
            relate_site(rc, d, lf, st, w, "write-locked", name);
        } else if (want == WANT_RECURSIVE && api == API_RW_RLOCK && ls_must_held(st, r1)) {
            d = rc_report(rc, ev->loc,
                          "%s is read-locked again while this goroutine already holds a read lock%s: if a "
                          "writer starts waiting in between, this read lock waits for the writer and the "
                          "writer for the first read lock (deadlock)",
                          name, site_note(lf, st, r1, "taken", note, sizeof note));
            relate_site(rc, d, lf, st, r1, "first read-locked", name);
        }
        return;
    }
    if (ev->func < 0) return;
    uint32_t nacq;
    const ls_acq *acq = ls_acquisitions(cx, (uint32_t)ev->func, &nacq);
    const char *callee = tu->funcs[ev->func].name;
    for (uint32_t i = 0; i < nacq; i++) {
        if (!acq[i].must) continue;
        ir_key k = ls_map_key(analysis_tu(rc_analysis(rc)), ev, acq[i].key);
        if (!k) continue;
        int w = unambiguous(lf, ls_slot_find(lf, k, LS_W)), r1 = unambiguous(lf, ls_slot_find(lf, k, LS_R1));
        obj_name(tu, k, name, sizeof name);
        diag *d = NULL;
        if (want == WANT_DOUBLE && !acq[i].read && ls_must_held(st, w)) {
            d = rc_report(rc, ev->loc,
                          "%s() locks %s, which is already held here%s: mutexes are not recursive, so this "
                          "goroutine blocks on itself forever",
                          callee, name, site_note(lf, st, w, "locked", note, sizeof note));
            relate_site(rc, d, lf, st, w, "locked", name);
        } else if (want == WANT_DOUBLE && !acq[i].read && ls_must_held(st, r1)) {
            d = rc_report(rc, ev->loc,
                          "%s() write-locks %s while its read lock is held here%s: the writer waits for "
                          "this reader forever",
                          callee, name, site_note(lf, st, r1, "read-locked", note, sizeof note));
            relate_site(rc, d, lf, st, r1, "read-locked", name);
        } else if (want == WANT_DOUBLE && acq[i].read && ls_must_held(st, w)) {
            d = rc_report(rc, ev->loc,
                          "%s() read-locks %s, which is write-locked here%s: it waits for this writer forever",
                          callee, name, site_note(lf, st, w, "locked", note, sizeof note));
            relate_site(rc, d, lf, st, w, "write-locked", name);
        } else if (want == WANT_RECURSIVE && acq[i].read && ls_must_held(st, r1)) {
            d = rc_report(rc, ev->loc,
                          "%s() read-locks %s again while this goroutine already holds a read lock%s: if a "
                          "writer starts waiting in between, both block forever",
                          callee, name, site_note(lf, st, r1, "taken", note, sizeof note));
            relate_site(rc, d, lf, st, r1, "first read-locked", name);
        }
        if (d) diag_add_related(d, rc_loc(rc, acq[i].loc), "%s %s here, inside %s()", name,
                                acq[i].read ? "read-locked" : "locked", acq[i].via ? acq[i].via : callee);
    }
    (void)index;
}

static void double_lock_visit(ls_fn *lf, const ls_state *st, const ir_event *ev, uint32_t index, void *ud) {
    relock_visit(lf, st, ev, index, ud, WANT_DOUBLE);
}
static void recursive_rlock_visit(ls_fn *lf, const ls_state *st, const ir_event *ev, uint32_t index, void *ud) {
    relock_visit(lf, st, ev, index, ud, WANT_RECURSIVE);
}
static void check_double_lock(rule_ctx *rc) { for_each_function(rc, double_lock_visit); }
static void check_recursive_rlock(rule_ctx *rc) { for_each_function(rc, recursive_rlock_visit); }

/* ---- unlock-not-held ------------------------------------------------------ */
static void unlock_visit(ls_fn *lf, const ls_state *st, const ir_event *ev, uint32_t index, void *udv) {
    void **ud = udv;
    rule_ctx *rc = ud[0];
    const ir_tu *tu = rc_tu(rc);
    const ir_func *fn = ls_fn_func(lf);
    char name[256], why[160], guard[96];
    ir_key obj;
    ir_api api = ls_call_api(fn, ev, &obj);
    if (api != API_MUTEX_UNLOCK && api != API_RW_UNLOCK && api != API_RW_RUNLOCK) return;
    int w = unambiguous(lf, ls_slot_find(lf, obj, LS_W)), r1 = unambiguous(lf, ls_slot_find(lf, obj, LS_R1));
    int s = api == API_RW_RUNLOCK ? r1 : w;
    if (!ls_must_free(st, s)) return;
    obj_name(tu, obj, name, sizeof name);
    ir_loc rel;
    bool has_rel = ls_release_loc(lf, st, s, &rel);
    if (has_rel) snprintf(why, sizeof why, "it was already released at line %u", rel.line);
    else snprintf(why, sizeof why, "on every path here it was already released or never locked by this goroutine");
    guard[0] = 0;
    if (ev->deferred && ev->defer_event >= 0 && (uint32_t)ev->defer_event < fn->nevents)
        snprintf(guard, sizeof guard, " (the guard declared at line %u runs this unlock as the scope is left)",
                 fn->events[ev->defer_event].loc.line);
    diag *d;
    if (api == API_RW_UNLOCK && ls_must_held(st, r1))
        d = rc_report(rc, ev->loc,
                      "unlock of %s, which is not held here%s: the goroutine holds only its read lock (use "
                      "co_rwmutex_runlock)",
                      name, guard);
    else if (api == API_RW_RUNLOCK && ls_must_held(st, w))
        d = rc_report(rc, ev->loc,
                      "unlock of %s, which is not held here%s: the goroutine holds its write lock, not a read "
                      "lock (use co_rwmutex_unlock)",
                      name, guard);
    else
        d = rc_report(rc, ev->loc,
                      "unlock of %s, which is not held here%s: %s; unlocking an unlocked mutex panics, and if "
                      "another goroutine holds it, this releases that goroutine's critical section",
                      name, guard, why);
    if (has_rel) diag_add_related(d, rc_loc(rc, rel), "%s released here", name);
    if (guard[0]) diag_add_related(d, rc_loc(rc, fn->events[ev->defer_event].loc), "guard declared here");
    (void)index;
}
static void check_unlock_not_held(rule_ctx *rc) { for_each_function(rc, unlock_visit); }

/* ---- cond-wait-misuse ------------------------------------------------------ */
static void cond_visit(ls_fn *lf, const ls_state *st, const ir_event *ev, uint32_t index, void *udv) {
    void **ud = udv;
    rule_ctx *rc = ud[0];
    const ir_tu *tu = rc_tu(rc);
    const ir_func *fn = ls_fn_func(lf);
    if (ev->kind != EV_CALL || ev->api != API_COND_WAIT || ev->nargs < 2) return;
    char cv[256], mu[256];
    obj_name(tu, ev->args[0].obj, cv, sizeof cv);
    obj_name(tu, ev->args[1].obj, mu, sizeof mu);
    int w = unambiguous(lf, ls_slot_find(lf, ev->args[1].obj, LS_W));
    if (ls_must_free(st, w)) {
        rc_report(rc, ev->loc,
                  "co_cond_wait on %s without holding %s: the wait releases %s, which is not held on any path "
                  "here (an unlock of an unlocked mutex), and a signal sent between the check and the wait "
                  "is lost; lock %s before checking the condition",
                  cv, mu, mu, mu);
    }
    if (!cfg_in_loop(fn, ls_block_of_event(fn, index))) {
        rc_report(rc, ev->loc,
                  "co_cond_wait on %s is not in a loop that re-checks the condition: it may wake spuriously "
                  "or after another waiter consumed the condition; use while (!condition) co_cond_wait(...)",
                  cv);
    }
}
static void check_cond_wait_misuse(rule_ctx *rc) { for_each_function(rc, cond_visit); }

/* ---- lock-not-released ------------------------------------------------------ */
typedef struct held_path_ud { const ls_fn *lf; int slot; } held_path_ud;

static bool avoid_released(const ir_func *fn, uint32_t block, void *udv) {
    (void)fn;
    held_path_ud *u = udv;
    const ls_state *st = ls_block_out(u->lf, block);
    return !st || !(st->v[u->slot] & LS_HELD);
}

static bool fn_acquires(const ls_fn *lf, ir_key key) {
    const ir_func *fn = ls_fn_func(lf);
    for (uint32_t a = 0; a < fn->nannots; a++) {
        if (fn->annots[a].kind != ANN_ACQUIRES) continue;
        if (fn->annots[a].key == key) return true;
        if (!fn->annots[a].key) return true; /* unresolved: trust the annotation */
    }
    return false;
}

static ir_loc return_loc(const ir_func *fn, uint32_t block, uint32_t *line_out) {
    const ir_block *b = &fn->blocks[block];
    for (uint32_t i = b->nevents; i-- > 0;) {
        const ir_event *ev = &fn->events[b->first_event + i];
        if (ev->kind == EV_RETURN) { *line_out = ev->loc.line; return ev->loc; }
    }
    *line_out = 0;
    return fn->end_loc;
}

/* Marks the lock events that take a lock already held (double-lock's
 * findings): what follows them is not a leak of their own. */
static void relock_mark_visit(ls_fn *lf, const ls_state *st, const ir_event *ev, uint32_t index, void *ud) {
    bool *relock = ud;
    ir_key obj;
    ir_api api = ls_call_api(ls_fn_func(lf), ev, &obj);
    if (api == API_MUTEX_LOCK || api == API_RW_LOCK) relock[index] = ls_must_held(st, ls_slot_find(lf, obj, LS_W));
}

static void check_lock_not_released(rule_ctx *rc) {
    const ir_tu *tu = rc_tu(rc);
    analysis *an = rc_analysis(rc);
    ls_ctx *cx = ls_ctx_new(rc);
    char name[256];
    for (uint32_t f = 0; f < tu->nfuncs; f++) {
        const ir_func *fn = &tu->funcs[f];
        if (!fn->nblocks) continue;
        ls_fn *lf = ls_fn_solve(cx, f);
        const ls_state *xs = ls_block_out(lf, fn->exit);
        const cg_node *nd = cg_node_of(an, f);
        if (!xs) { ls_fn_free(lf); continue; }
        bool *relock = calloc(fn->nevents + 1, sizeof *relock);
        ls_fn_walk(lf, relock_mark_visit, relock);
        for (uint32_t e = 0; e < fn->nevents; e++) {
            const ir_event *ev = &fn->events[e];
            ir_key obj;
            ir_api api = ls_call_api(fn, ev, &obj);
            if (ev->deferred || relock[e]) continue;
            ls_mode mode;
            switch (api) {
            case API_MUTEX_LOCK: case API_RW_LOCK: case API_MUTEX_TRYLOCK: case API_RW_TRYLOCK: mode = LS_W; break;
            case API_RW_RLOCK: case API_RW_TRYRLOCK: mode = LS_R1; break;
            default: continue;
            }
            int s = ls_slot_find(lf, obj, mode);
            if (s < 0 || !(xs->v[s] & LS_HELD) || !(xs->acquired & (1ull << s))) continue;
            if (ls_slot_at(lf, (uint32_t)s)->reassigned) continue;
            if (fn_acquires(lf, obj)) continue;
            /* A helper that returns holding the lock on every path: its
             * callers are checked instead. */
            if (nd && (nd->ncallers > 0 || (nd->address_taken && !nd->is_goroutine)) && xs->v[s] == LS_HELD) continue;
            uint32_t bl = ls_block_of_event(fn, e);
            if (!ls_reached(lf, bl)) continue;
            const ir_block *exitb = &fn->blocks[fn->exit];
            for (uint32_t p = 0; p < exitb->npreds; p++) {
                uint32_t rb = exitb->preds[p];
                const ls_state *rs = ls_block_out(lf, rb);
                if (!rs || !(rs->v[s] & LS_HELD) || !(rs->acquired & (1ull << s))) continue;
                if (!ls_fn_dominates(lf, bl, rb)) continue;
                uint32_t path[64];
                held_path_ud hu = { lf, s };
                uint32_t np = cfg_find_path(fn, bl, rb, avoid_released, &hu, path, 64);
                if (np == 0) continue;
                uint32_t rline;
                ir_loc rl = return_loc(fn, rb, &rline);
                obj_name(tu, obj, name, sizeof name);
                diag *d;
                if (rline)
                    d = rc_report(rc, ev->loc,
                                  "%s is not released on the path to the return at line %u: no unlock, guard "
                                  "or releasing helper on that path, so the next goroutine to lock %s waits "
                                  "forever",
                                  name, rline, name);
                else
                    d = rc_report(rc, ev->loc,
                                  "%s is not released on the path to the end of %s(): no unlock, guard or "
                                  "releasing helper on that path, so the next goroutine to lock %s waits "
                                  "forever",
                                  name, fn->name, name);
                diag_add_related(d, rc_loc(rc, rl), "returns here still holding %s", name);
                diag_add_step(d, rc_loc(rc, ev->loc), "%s locked here", name);
                for (uint32_t i = 1; i + 1 < np && i < 8; i++)
                    if (fn->blocks[path[i]].loc.line)
                        diag_add_step(d, rc_loc(rc, fn->blocks[path[i]].loc), "still holding %s", name);
                diag_add_step(d, rc_loc(rc, rl), "returns without releasing %s", name);
                break;
            }
        }
        free(relock);
        ls_fn_free(lf);
    }
    ls_ctx_free(cx);
}

static const rule rule_double_lock = {
    .id = "double-lock",
    .name = "DoubleLock",
    .short_desc = "A mutex locked again by the goroutine that already holds it",
    .full_desc = "Reports a lock of a mutex that is held on every path reaching it, directly or through a "
                 "callee that locks it, a read lock under the same lock's write lock, and a write lock under "
                 "its read lock. Mutexes are not recursive: the goroutine blocks on itself forever.",
    .default_level = LEVEL_ERROR,
    .check = check_double_lock,
};

static const rule rule_lock_not_released = {
    .id = "lock-not-released",
    .name = "LockNotReleased",
    .short_desc = "A path from a lock to a return without the unlock",
    .full_desc = "Reports a lock (or successful trylock) from which a path reaches a return of the function "
                 "with the lock still held: no unlock, CO_DEFER_* guard or releasing helper on it. Functions "
                 "meant to return holding the lock carry CO_ACQUIRES.",
    .default_level = LEVEL_WARNING,
    .check = check_lock_not_released,
};

static const rule rule_unlock_not_held = {
    .id = "unlock-not-held",
    .name = "UnlockNotHeld",
    .short_desc = "An unlock of a mutex that is not held on any path reaching it",
    .full_desc = "Reports co_mutex_unlock / co_rwmutex_unlock / co_rwmutex_runlock where the lock is free on "
                 "every path: already released, never locked by this goroutine, or a trylock failed. The "
                 "runtime panics, or the unlock releases another goroutine's critical section.",
    .default_level = LEVEL_ERROR,
    .check = check_unlock_not_held,
};

static const rule rule_recursive_rlock = {
    .id = "recursive-rlock",
    .name = "RecursiveRLock",
    .short_desc = "A read lock taken again by a goroutine that already holds it",
    .full_desc = "Reports co_rwmutex_rlock (directly or through a callee) while the same goroutine holds a "
                 "read lock of the same co_rwmutex. Writers take precedence over new readers, so a writer "
                 "arriving in between deadlocks both.",
    .default_level = LEVEL_WARNING,
    .check = check_recursive_rlock,
};

static const rule rule_cond_wait_misuse = {
    .id = "cond-wait-misuse",
    .name = "CondWaitMisuse",
    .short_desc = "co_cond_wait without its mutex held, or not in a loop re-checking the condition",
    .full_desc = "Reports co_cond_wait where its mutex is not held on any path (the wait unlocks an unlocked "
                 "mutex and signals can be lost), and co_cond_wait outside any loop (spurious and stolen "
                 "wake-ups let the code run with the condition false).",
    .default_level = LEVEL_WARNING,
    .check = check_cond_wait_misuse,
};

const rule *const rules_lock[] = {
    &rule_empty_critical_section, &rule_double_lock, &rule_lock_not_released, &rule_unlock_not_held,
    &rule_recursive_rlock, &rule_cond_wait_misuse, NULL,
};
