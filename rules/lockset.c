/* rules/lockset.c: the held-locks analysis of rules/lockset.h, shared by
 * the lock discipline (lock.c), guarded-access (guard.c) and deadlock
 * (deadlock.c) rules: per function, which locks are held at each point,
 * per lock and mode, with trylock branches, defer guards, the
 * CO_REQUIRES/ACQUIRES/RELEASES annotations and callee summaries. Rules
 * report only must-facts (what holds on every path reaching a point), so a
 * finding describes a path that can happen. */
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
            uint32_t b = cfg_block_of_event(fn, op->event);
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
            uint32_t b = cfg_block_of_event(fn, e);
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
            uint32_t b = cfg_block_of_event(sf, nd->spawners[0].event);
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
