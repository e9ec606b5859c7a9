/* rules/lockset.h: the held-locks analysis shared by the lock rule families
 * (rules/lock.c, rules/guard.c, rules/deadlock.c; implemented in lock.c).
 * Per function, a forward dataflow over "lock slots" (one lock object in
 * one mode) whose value is the set of states the lock may be in on the
 * paths reaching a point: held, free, or unknown (what the caller holds).
 * A lock is must-held when that set is exactly {held}. Calls are seen
 * through per-function lock summaries (net acquire/release, and the locks
 * a callee takes), computed bottom-up over the call graph, and through
 * CO_ACQUIRES / CO_RELEASES / CO_REQUIRES annotations. Rules only read. */
#ifndef CVET_RULES_LOCKSET_H
#define CVET_RULES_LOCKSET_H

#include "rule.h"

#define LS_MAX_SLOTS 64
#define LS_NOSITE 0xFFFFu  /* no acquisition site known */
#define LS_MANY 0xFFFEu    /* acquired at different sites on different paths */

/* Slot modes: a mutex has W; a rwmutex has W (write lock), R1 (read-locked
 * at least once) and R2 (read-locked twice, for recursive read locks). */
typedef enum ls_mode { LS_W = 0, LS_R1 = 1, LS_R2 = 2 } ls_mode;

/* Bits of a slot's value. 0 = the point is not reached. */
enum { LS_HELD = 1, LS_FREE = 2, LS_UNKNOWN = 4 };

typedef struct ls_slot {
    ir_key key;     /* the lock object (operand .obj: `mu` for &mu) */
    uint8_t mode;   /* ls_mode */
    bool rw;        /* a co_rwmutex */
    bool indexed;   /* an array element: all indices share one key */
    bool reassigned;/* through a local pointer that is reassigned: may name several objects */
} ls_slot;
/* May the slot's key stand for several objects, so that must-facts about
 * "the same lock" do not hold? */
static inline bool ls_slot_ambiguous(const ls_slot *s) { return s->indexed || s->reassigned; }

typedef struct ls_state {
    uint8_t v[LS_MAX_SLOTS];       /* LS_HELD | LS_FREE | LS_UNKNOWN */
    uint16_t site[LS_MAX_SLOTS];   /* event index of the acquisition (or LS_NOSITE / LS_MANY) */
    uint16_t rel[LS_MAX_SLOTS];    /* event index of the release that made it free, likewise */
    uint64_t acquired;             /* may: acquired in this function and not released since */
    uint64_t ever;                 /* must: acquired (blocking) at some point on every path */
    uint64_t touched;              /* may: acquired in this function on some path */
    uint64_t doubled;              /* may: locked again while held (a double lock already found) */
    uint8_t spawned;               /* may: a co_go since the last co_wg_wait on some path */
    uint8_t pad[7];
} ls_state;

/* A lock a function takes (blocking), in its own key space, for callers. */
typedef struct ls_acq {
    ir_key key;
    bool rw, read;  /* read: co_rwmutex_rlock */
    bool must;      /* on every path through the function */
    ir_loc loc;     /* where, innermost */
    const char *via; /* NULL if direct; else the function that does it */
} ls_acq;

typedef struct ls_ctx ls_ctx;
typedef struct ls_fn ls_fn;

/* Per TU: computes every function's lock summary (bottom-up). */
ls_ctx *ls_ctx_new(rule_ctx *rc);
void    ls_ctx_free(ls_ctx *cx);
const ir_tu *ls_tu(const ls_ctx *cx);

/* Locks a function acquires (directly or through callees), callee key space. */
const ls_acq *ls_acquisitions(ls_ctx *cx, uint32_t func, uint32_t *count);

/* Solves the held-locks dataflow of one function. */
ls_fn *ls_fn_solve(ls_ctx *cx, uint32_t func);
void   ls_fn_free(ls_fn *lf);
const ir_func *ls_fn_func(const ls_fn *lf);
uint32_t ls_fn_index(const ls_fn *lf);
uint32_t ls_nslots(const ls_fn *lf);
const ls_slot *ls_slot_at(const ls_fn *lf, uint32_t slot);
int  ls_slot_find(const ls_fn *lf, ir_key key, ls_mode mode); /* -1 if none */
bool ls_reached(const ls_fn *lf, uint32_t block);
const ls_state *ls_block_out(const ls_fn *lf, uint32_t block); /* NULL if not reached */
const ls_state *ls_entry_state(const ls_fn *lf);
/* Visits every event of every reached block with the state before it. */
void ls_fn_walk(ls_fn *lf, void (*visit)(ls_fn *lf, const ls_state *before, const ir_event *ev,
                                          uint32_t index, void *ud), void *ud);
/* Is the slot must-held / must-free in `st`? */
static inline bool ls_must_held(const ls_state *st, int slot) { return slot >= 0 && st->v[slot] == LS_HELD; }
static inline bool ls_must_free(const ls_state *st, int slot) { return slot >= 0 && st->v[slot] == LS_FREE; }
/* The acquisition location of a held slot, if known. */
bool ls_site_loc(const ls_fn *lf, const ls_state *st, int slot, ir_loc *out);
/* The location of the release that freed a slot, if known. */
bool ls_release_loc(const ls_fn *lf, const ls_state *st, int slot, ir_loc *out);

/* ---- Helpers shared by the lock rules ------------------------------------ */
/* The api a (possibly deferred) call performs and its first argument's object. */
ir_api ls_call_api(const ir_func *fn, const ir_event *ev, ir_key *obj);
/* Maps a callee key (rooted at a parameter) to the caller at a call or
 * spawn event (a spawn passes its arg as the callee's parameter 0). */
ir_key ls_map_key(ir_tu *tu, const ir_event *call, ir_key callee_key);
/* A name for an object that is the same in every function: a global's
 * spelling ("mu", "shards[]"), or "struct T.f" for a field (RacerD-style
 * matching by record type and field), after stripping top-level
 * dereferences; keys rooted at a parameter of a function with a single
 * caller or spawner are first mapped through that site. NULL if none. */
const char *ls_abstract(ls_ctx *cx, uint32_t func, ir_key k, char *buf, size_t len);
/* Does block a dominate block b (every path from the entry to b passes a)?
 * False when unknown (very large functions). */
bool ls_fn_dominates(ls_fn *lf, uint32_t a, uint32_t b);
/* The spelling of key k for messages (obj_style: as ir_obj_str, dropping
 * a top-level dereference), with a parameter spelled by its local alias
 * (`struct job *j = arg;` gives "j->mu", not "arg->mu"). */
const char *ls_name(const ir_tu *tu, ir_key k, bool obj_style, char *buf, size_t len);
/* Goroutine roots: functions that start a goroutine or are entry points
 * (spawned, the co_main entry, or never called in the TU). */
bool ls_is_root(ls_ctx *cx, uint32_t func);
/* Can a root run as several goroutines at once (spawned twice or in a
 * loop, or an entry point anyone may call)? */
bool ls_root_multi(ls_ctx *cx, uint32_t root);
/* Is f reached only from goroutines that function `spawner` starts? */
bool ls_only_spawned_by(ls_ctx *cx, uint32_t f, uint32_t spawner);
/* Can code of f1 and code of f2 run in two different goroutines? */
bool ls_may_run_apart(ls_ctx *cx, uint32_t f1, uint32_t f2);

#endif /* CVET_RULES_LOCKSET_H */
