/* analysis.h: the analysis library rules share: a generic dataflow solver
 * over a function's CFG, the TU's call graph, per-function effect
 * summaries (what a helper or a goroutine body does to the objects it is
 * given), and path search for explaining findings. Pure C on the IR. */
#ifndef CVET_ANALYSIS_H
#define CVET_ANALYSIS_H

#include "ir.h"

/* ---- Dataflow ----------------------------------------------------------- *
 * States are flat blobs of `state_size` bytes compared with memcmp, so use
 * bitsets and fixed arrays (no pointers inside). The solver iterates a
 * worklist in reverse post-order to a fixed point; `join` must be
 * monotone and the lattice finite. */
typedef struct df_problem {
    size_t state_size;
    bool backward;
    /* The boundary state (entry block for forward, exit for backward). */
    void (*init_boundary)(void *state, void *ctx);
    /* The initial state of every other block: the lattice's bottom, i.e.
     * the identity of join ("unreached"). */
    void (*init_bottom)(void *state, void *ctx);
    /* dst = dst JOIN src */
    void (*join)(void *dst, const void *src, void *ctx);
    /* Applies one event (forward: state before -> after). */
    void (*transfer)(void *state, const ir_func *fn, const ir_event *ev, void *ctx);
    /* Optional: refines the state flowing along an edge (e.g. trylock's true
     * branch holds the lock). Return false if the edge is infeasible. */
    bool (*edge)(void *state, const ir_func *fn, const ir_block *from, const ir_edge *e, void *ctx);
    void *ctx;
} df_problem;

typedef struct df_result df_result;
df_result  *df_solve(const ir_func *fn, const df_problem *p);
void        df_free(df_result *r);
/* Forward: the state at block entry / exit. Backward: `in` is the state
 * after the block's last event (flowing from successors), `out` before the
 * first event. */
const void *df_in(const df_result *r, uint32_t block);
const void *df_out(const df_result *r, uint32_t block);
bool        df_reached(const df_result *r, uint32_t block);
/* Replays a block, calling visit(state_before_event, ev) for each event in
 * execution order (forward problems only). */
void df_walk_block(const df_result *r, const ir_func *fn, uint32_t block,
                   void (*visit)(const void *state, const ir_event *ev, uint32_t index, void *ud), void *ud);

/* Small fixed bitsets for dataflow states. */
#define DF_BITS 256
typedef struct df_bits { uint64_t w[DF_BITS / 64]; } df_bits;
static inline void df_bit_set(df_bits *b, unsigned i)   { if (i < DF_BITS) b->w[i / 64] |= 1ull << (i % 64); }
static inline void df_bit_clear(df_bits *b, unsigned i) { if (i < DF_BITS) b->w[i / 64] &= ~(1ull << (i % 64)); }
static inline bool df_bit_get(const df_bits *b, unsigned i) { return i < DF_BITS && (b->w[i / 64] >> (i % 64)) & 1; }

/* ---- The analysis context (one per TU, shared by every rule) ------------- */
typedef struct analysis analysis;
analysis *analysis_new(ir_tu *tu);
void      analysis_free(analysis *an);
ir_tu    *analysis_tu(analysis *an);

/* ---- Call graph ----------------------------------------------------------- */
typedef struct cg_site { uint32_t func; uint32_t event; } cg_site; /* a call/spawn site */
typedef struct cg_node {
    uint32_t ncallees, ncallers, nspawns, nspawners;
    uint32_t *callees;      /* functions called (EV_CALL with func >= 0, and co_once_do's fn) */
    cg_site  *callers;      /* where this function is called */
    uint32_t *spawns;       /* functions this one spawns with co_go */
    cg_site  *spawners;     /* co_go sites spawning this function */
    bool is_goroutine;      /* spawned somewhere, or the co_main entry */
    bool is_main;           /* passed to co_main */
    bool address_taken;     /* used as a value other than in co_go/co_main/co_once_do (callbacks) */
    int32_t scc;            /* strongly connected component id */
} cg_node;

const cg_node  *cg_node_of(analysis *an, uint32_t func);
/* Functions in bottom-up order (callees before callers; an SCC's members
 * adjacent), for computing summaries. */
const uint32_t *cg_bottom_up(analysis *an, uint32_t *count);
/* May `func` run concurrently with another goroutine? True when it can run
 * in a spawned goroutine, or is called (transitively) after a co_go in
 * some goroutine. Code reachable only from main before any spawn: false. */
bool cg_may_run_concurrently(analysis *an, uint32_t func);
/* The set of goroutine entry functions from which `func` is reachable
 * through calls (bit i = function i); NULL-safe helpers below. */
bool cg_reaches(analysis *an, uint32_t from, uint32_t to); /* through calls only */
/* Does event `event` of `func` run before any goroutine can exist (in the
 * co_main entry, or a static helper only called from there, before the
 * first co_go on every path)? Shared objects are not yet shared there. */
bool cg_event_pre_spawn(analysis *an, uint32_t func, uint32_t event);
/* May `func` spawn a goroutine (itself or through callees)? */
bool cg_may_spawn(analysis *an, uint32_t func);

/* ---- Effect summaries ------------------------------------------------------ *
 * For each function: what it does, on every path (must) or on some path
 * (may), to objects reachable from its parameters or to globals. Keys are
 * in the callee's key space (rooted at KEY_PARAM or KEY_GLOBAL); map them
 * with ir_key_map_to_caller() at a call site. Effects of callees are
 * included (transitively, within the TU); co_once_do(o, fn, arg) counts
 * as calling fn(arg). Deferred calls count. */
typedef enum eff_kind {
    EFF_LOCK, EFF_UNLOCK, EFF_RLOCK, EFF_RUNLOCK,
    EFF_WG_ADD, EFF_WG_DONE, EFF_WG_WAIT,
    EFF_CANCEL, EFF_CTX_RELEASE,
    EFF_TIMER_STOP, EFF_TICKER_STOP,
    EFF_CHAN_SEND, EFF_CHAN_RECV, EFF_CHAN_CLOSE, EFF_CHAN_FREE,
    EFF_CTX_WATCH,    /* receives from / selects on co_ctx_done(ctx), or reads co_ctx_err(ctx) */
    EFF_ESCAPE,       /* stored into non-local memory, returned, or passed to a
                         function cvet cannot see (not a co.h function) */
    EFF_BLOCK,        /* may block: channel op outside select-with-default, wait, lock, sleep */
    EFF__COUNT
} eff_kind;
const char *eff_kind_name(eff_kind k);

typedef struct fn_effect {
    eff_kind kind;
    ir_key key;       /* object (callee key space); 0 for EFF_BLOCK in general */
    bool must;        /* on every path from entry to exit */
    int32_t count;    /* EFF_WG_ADD: summed constant delta if known, else 0; others: times on some path (saturating) */
    ir_loc loc;       /* first place it happens (in the callee) */
} fn_effect;

typedef struct fn_summary {
    uint32_t neffects;
    fn_effect *effects;
    bool returns;     /* some path reaches the exit (false for endless loops / abort) */
} fn_summary;

const fn_summary *summary_of(analysis *an, uint32_t func);
/* Effects of `func` on `key` (callee key space) of the given kind; NULL if none. */
const fn_effect *summary_find(analysis *an, uint32_t func, eff_kind kind, ir_key key);
/* Maps a callee key to the caller's key space at `call`: an EV_CALL
 * (parameter i = argument i), an EV_SPAWN (the spawned function's
 * parameter 0 = co_go's arg) or a co_once_do call (fn's parameter 0 = arg). */
ir_key summary_map_key(analysis *an, const ir_event *call, ir_key callee_key);
/* Convenience for rules at a call/spawn event in `caller`: does the callee
 * (ev->func) do `kind` to the caller's object `obj` (must or may)? */
bool summary_call_does(analysis *an, const ir_event *call, eff_kind kind, ir_key obj, bool must);
/* A library function known to neither keep nor hand on its pointer
 * arguments (printf, strlen, memset, free, ...): a call of it lets nothing
 * escape. Functions that copy values between their arguments (memcpy,
 * strcpy) are not in the list. */
bool harmless_library_callee(const char *name);
/* The context (its key in fn) whose co_ctx_done() produced channel key
 * `ch` of fn, or 0. */
ir_key ctx_of_done_chan(const ir_tu *tu, const ir_func *fn, ir_key ch);

/* ---- Paths ------------------------------------------------------------------ *
 * Finds a shortest path of blocks from `from` to `to` (inclusive) in fn's
 * CFG, avoiding blocks for which avoid(block, ud) returns true (may be
 * NULL; `from` is tested too, `to` is not). Returns the number of blocks
 * written to out (0 = no path). */
uint32_t cfg_find_path(const ir_func *fn, uint32_t from, uint32_t to,
                       bool (*avoid)(const ir_func *fn, uint32_t block, void *ud), void *ud,
                       uint32_t *out, uint32_t max);
/* Blocks reachable from `from` (bitset of fn->nblocks bits, caller-allocated
 * with (nblocks+63)/64 words). */
void cfg_reachable(const ir_func *fn, uint32_t from, uint64_t *out_bits);
/* Dominator sets: a bitset of fn->nblocks bits per block (free() it);
 * cfg_dominates(dom, fn, a, b): every path from the entry to b passes a. */
uint64_t *cfg_dominators(const ir_func *fn);
bool cfg_dominates(const uint64_t *dom, const ir_func *fn, uint32_t a, uint32_t b);
/* The block holding event `ev` of fn (0 when no block does). */
uint32_t cfg_block_of_event(const ir_func *fn, uint32_t ev);
/* Is block b inside a loop (syntactically)? */
static inline bool cfg_in_loop(const ir_func *fn, uint32_t b) { return fn->blocks[b].loop >= 0; }

#endif /* CVET_ANALYSIS_H */
