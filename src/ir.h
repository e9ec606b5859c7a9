/* ir.h: cvet's intermediate representation. The frontend lowers every
 * function defined in a translation unit's main file into a control-flow
 * graph of basic blocks holding normalised events; rules and the analysis
 * library read only this (never libclang).
 *
 * Invariants:
 * - Everything of a TU lives in its arena and dies with ir_tu_free().
 * - Object keys are interned per TU: two events about the same object have
 *   the same ir_key (an integer), so rules compare keys with ==.
 * - Block 0 is the entry; every function has exactly one exit block
 *   (fn->exit) with no events and no successors; every return edge and
 *   the fall-off-the-end edge lead there. Scope-exit (cleanup / defer
 *   guard) calls are emitted as events on the paths that leave the scope,
 *   before the jump, in reverse order of declaration. */
#ifndef CVET_IR_H
#define CVET_IR_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* ---- Locations --------------------------------------------------------- */
typedef struct ir_loc {
    uint32_t file; /* index into tu->files; 0 is the main file */
    uint32_t line; /* 1-based; 0 = unknown */
    uint32_t col;  /* 1-based byte column */
} ir_loc;

/* ---- Runtime API (co.h) ------------------------------------------------ */
#define IR_API_LIST(X)                                                     \
    X(MAIN, "co_main") X(GO, "co_go") X(YIELD, "co_yield")                  \
    X(SLEEP, "co_sleep") X(GOID, "co_goid") X(NOW, "co_now")                \
    X(CHAN_MAKE, "co_chan_make") X(CHAN_SEND, "co_chan_send")               \
    X(CHAN_RECV, "co_chan_recv") X(CHAN_CLOSE, "co_chan_close")             \
    X(CHAN_LEN, "co_chan_len") X(CHAN_CAP, "co_chan_cap")                   \
    X(CHAN_FREE, "co_chan_free") X(SELECT, "co_select")                     \
    X(SELECT_TRY, "co_select_try") X(TIMER_NEW, "co_timer_new")             \
    X(TIMER_CHAN, "co_timer_chan") X(TIMER_RESET, "co_timer_reset")         \
    X(TIMER_STOP, "co_timer_stop") X(TICKER_NEW, "co_ticker_new")           \
    X(TICKER_CHAN, "co_ticker_chan") X(TICKER_RESET, "co_ticker_reset")     \
    X(TICKER_STOP, "co_ticker_stop") X(AFTER, "co_after") X(TICK, "co_tick")\
    X(WG_ADD, "co_wg_add") X(WG_DONE, "co_wg_done") X(WG_WAIT, "co_wg_wait")\
    X(MUTEX_LOCK, "co_mutex_lock") X(MUTEX_UNLOCK, "co_mutex_unlock")       \
    X(MUTEX_TRYLOCK, "co_mutex_trylock") X(RW_LOCK, "co_rwmutex_lock")      \
    X(RW_UNLOCK, "co_rwmutex_unlock") X(RW_RLOCK, "co_rwmutex_rlock")       \
    X(RW_RUNLOCK, "co_rwmutex_runlock") X(RW_TRYLOCK, "co_rwmutex_trylock") \
    X(RW_TRYRLOCK, "co_rwmutex_tryrlock") X(COND_WAIT, "co_cond_wait")      \
    X(COND_SIGNAL, "co_cond_signal") X(COND_BROADCAST, "co_cond_broadcast") \
    X(ONCE_DO, "co_once_do") X(BACKGROUND, "co_background")                 \
    X(WITH_CANCEL, "co_with_cancel") X(WITH_TIMEOUT, "co_with_timeout")     \
    X(WITH_DEADLINE, "co_with_deadline") X(CTX_DONE, "co_ctx_done")         \
    X(CTX_ERR, "co_ctx_err") X(CANCEL, "co_cancel")                         \
    X(CTX_RETAIN, "co_ctx_retain") X(CTX_RELEASE, "co_ctx_release")

typedef enum ir_api {
    API_NONE = 0,
#define IR_API_ENUM(id, name) API_##id,
    IR_API_LIST(IR_API_ENUM)
#undef IR_API_ENUM
    API__COUNT
} ir_api;

const char *ir_api_name(ir_api api); /* "co_chan_send"; "" for API_NONE */

/* ---- Types the rules care about ----------------------------------------- */
typedef enum ir_type {
    TY_OTHER = 0,
    TY_MUTEX, TY_RWMUTEX, TY_WAITGROUP, TY_COND, TY_ONCE, /* the objects */
    TY_CANCEL_FN,                                        /* co_cancel_fn */
    TY_CHAN_PTR, TY_CTX_PTR, TY_TIMER_PTR, TY_TICKER_PTR, /* co_chan * ... */
    TY_STRUCT_WITH_SYNC, /* a struct/array holding one of the sync objects by value */
    TY_POINTER,          /* any other pointer */
    TY_SCALAR,           /* integer, float, enum, bool */
    TY_AGGREGATE,        /* other struct/union/array */
} ir_type;

/* ---- Object keys ------------------------------------------------------- *
 * A canonical access path. Roots: a global, a local or a parameter of one
 * function, or a temporary (the unnamed result of a call). Paths: a field,
 * a dereference, an array element (all indices collapse into one).
 * `p->f` is FIELD(DEREF(p), f); `*&x` and `(&x)->f` fold to x and x.f.
 * A local pointer initialised from another path and never reassigned nor
 * address-taken is an alias: its uses are keyed by the path it aliases
 * (so `struct job *j = arg;` makes `j->wg` the key DEREF(PARAM0)->wg). */
typedef uint32_t ir_key; /* 0 = no key / unknown object */

typedef enum ir_key_kind {
    KEY_NONE = 0,
    KEY_GLOBAL, /* name; index into tu->globals (or -1: an extern not listed) */
    KEY_LOCAL,  /* name; func; index into fn->locals */
    KEY_PARAM,  /* name; func; index = parameter position */
    KEY_TEMP,   /* name = the call's spelling, e.g. "co_ctx_done(ctx)"; def = its event */
    KEY_FIELD,  /* parent.name */
    KEY_DEREF,  /* *parent */
    KEY_INDEX,  /* parent[] */
} ir_key_kind;

typedef struct ir_keyinfo {
    ir_key_kind kind;
    ir_key parent;       /* FIELD, DEREF, INDEX */
    const char *name;    /* GLOBAL, LOCAL, PARAM, TEMP: variable name / call text; FIELD: field name */
    int32_t func;        /* LOCAL, PARAM, TEMP: owning function */
    int32_t index;       /* GLOBAL: global index or -1; LOCAL: local index; PARAM: position; TEMP: event index */
    const char *record;  /* FIELD: the record type spelling ("struct server"), for type-based matching */
    ir_type type;        /* type class of the object this key denotes */
} ir_keyinfo;

/* ---- Operands ---------------------------------------------------------- */
typedef struct ir_operand {
    ir_key obj;        /* the object the argument designates: for a pointer
                          argument (&mu, s->jobs, ch) the pointee (mu,
                          *(s->jobs), *ch); for a non-pointer lvalue, itself */
    ir_key value;      /* the lvalue whose value is passed (ch, s->jobs), if any */
    const char *text;  /* source spelling, leading '&' dropped ("s->mu", "ch") */
    bool has_const;    /* an integer constant expression (folded), in const_val */
    bool is_null;      /* a null pointer constant */
    int64_t const_val;
    int32_t func;      /* a function designator defined in this TU: index, else -1 */
    const char *func_name; /* a function designator's name (defined here or not), else NULL */
    ir_loc loc;
} ir_operand;

/* Cases of a co_select / co_select_try, as far as the frontend could
 * resolve the co_case array (a local array initialised with CO_RECV /
 * CO_SEND literals, a compound literal, or elements assigned one by one). */
typedef struct ir_select_case {
    int op;             /* 1 = receive, 2 = send (co_op) */
    ir_operand chan;
    ir_operand elem;
} ir_select_case;

/* ---- Events -------------------------------------------------------------- */
typedef enum ir_event_kind {
    EV_CALL,   /* a call. api != API_NONE for co.h functions; otherwise callee
                  (name) and func (index if defined in this TU, else -1).
                  Includes scope-exit calls of defer guards / cleanup attrs
                  (deferred = true). A call through a pointer has callee NULL. */
    EV_SPAWN,  /* co_go(fn, arg): args[0] = fn, args[1] = arg; func = fn's index or -1 */
    EV_READ,   /* read of non-local memory (a global, or through a pointer): key */
    EV_WRITE,  /* write of non-local memory (=, op=, ++, --): key */
    EV_ASSIGN, /* key = args[0]: assignment or initialisation of a variable or
                  lvalue whose value is, or may carry, a pointer / object of
                  interest (so rules can follow values into structs, globals and
                  other locals). Emitted in addition to EV_WRITE. */
    EV_DEFER,  /* a defer guard (co_defer_*_t variable) is declared: api = the
                  action it will run (API_MUTEX_UNLOCK, API_WG_DONE, ...),
                  args[0] = its target. Its scope exits appear as EV_CALL
                  with deferred = true and defer_event = this event's index. */
    EV_RETURN, /* return; args[0] = the returned value when there is one (nargs 1) */
    EV_COPY,   /* a value of sync-primitive type (TY_MUTEX.. TY_ONCE, TY_STRUCT_WITH_SYNC)
                  copied: passed or returned by value, assigned, or
                  initialised from another lvalue. key = the copied object;
                  callee = function involved if any; text = "passed" |
                  "returned" | "assigned" | "initialised" */
} ir_event_kind;

typedef struct ir_event {
    ir_event_kind kind;
    ir_api api;           /* EV_CALL / EV_DEFER */
    ir_loc loc;           /* the call / access / return */
    ir_key key;           /* READ/WRITE/ASSIGN/COPY: the lvalue; CALL: where the
                             result goes (the assigned lvalue, or a KEY_TEMP) */
    const char *callee;   /* EV_CALL to a named function, EV_COPY's function */
    const char *text;     /* EV_COPY: how; otherwise the expression's spelling when useful */
    int32_t func;         /* EV_CALL / EV_SPAWN: callee defined in this TU, else -1 */
    uint32_t nargs;
    ir_operand *args;
    uint32_t ncases;      /* API_SELECT / API_SELECT_TRY */
    ir_select_case *cases;
    bool cases_known;     /* false: the case array could not be resolved */
    bool deferred;        /* EV_CALL run by a guard or cleanup attribute at scope exit */
    int32_t defer_event;  /* deferred: index of the EV_DEFER (or -1 for a plain cleanup attr) */
    bool in_condition;    /* the call's result is tested by the block's branch */
} ir_event;

/* ---- Control flow ------------------------------------------------------ */
/* The condition under which an edge is taken, when it tests the result of a
 * call in this function (directly, negated, through a local that holds the
 * result, or compared with a constant, e.g. `switch (co_select(...))`). */
typedef enum ir_cond_kind {
    COND_ALWAYS = 0, /* unconditional, or a condition cvet does not model */
    COND_NONZERO,    /* result of events[event] != 0 (true) */
    COND_ZERO,       /* result == 0 (false) */
    COND_EQ,         /* result == value */
    COND_NE,         /* result != value (also a switch's default: value = each case) */
} ir_cond_kind;

typedef struct ir_edge {
    uint32_t to;
    ir_cond_kind cond;
    int32_t event;   /* index into fn->events of the call whose result is tested */
    int64_t value;   /* COND_EQ / COND_NE */
    bool back;       /* a loop's back edge (continue, end of body) */
} ir_edge;

typedef struct ir_block {
    uint32_t id;
    uint32_t first_event, nevents;   /* a range of fn->events */
    uint32_t nsuccs, npreds;
    ir_edge *succs;
    uint32_t *preds;
    int32_t loop;                    /* innermost enclosing loop (fn->loops), -1 if none */
    ir_loc loc;                      /* where the block starts */
} ir_block;

typedef struct ir_loop {
    int32_t parent;     /* enclosing loop, -1 */
    uint32_t header;    /* block evaluating the condition (or the body's first block) */
    int64_t trip_count; /* constant trip count (for (i = A; i < B; i++) with i
                           not written in the body), else -1 */
    bool infinite;      /* for(;;), while(1): its condition never exits */
    ir_loc loc;
} ir_loop;

/* ---- Declarations ------------------------------------------------------ */
typedef enum ir_annot_kind { ANN_GUARDED_BY, ANN_REQUIRES, ANN_ACQUIRES, ANN_RELEASES } ir_annot_kind;
typedef struct ir_annot {
    ir_annot_kind kind;
    const char *arg;  /* the text inside the macro, e.g. "mu" or "s->mu" */
    ir_key key;       /* resolved when it names a global or (for functions) a
                         parameter's field path; else 0 */
    ir_loc loc;
} ir_annot;

typedef struct ir_var {
    const char *name;
    ir_key key;
    ir_type type;
    const char *type_text;  /* "co_mutex", "struct server *" */
    bool is_static;         /* static storage (global, or static local) */
    bool address_taken;     /* &var appears */
    bool is_param;
    ir_loc loc;
    uint32_t nannots;
    ir_annot *annots;       /* globals: CO_GUARDED_BY */
} ir_var;

/* A struct field carrying CO_GUARDED_BY. */
typedef struct ir_field_annot {
    const char *record;     /* "struct account" */
    const char *field;
    ir_annot annot;
} ir_field_annot;

typedef struct ir_func {
    uint32_t index;
    const char *name;
    bool is_static;
    ir_loc loc;             /* the name in the definition */
    ir_loc end_loc;         /* the closing brace */
    uint32_t nparams, nlocals;
    ir_var *params;         /* keys are KEY_PARAM */
    ir_var *locals;         /* every local, including static locals and guards */
    uint32_t nannots;
    ir_annot *annots;       /* CO_REQUIRES / ACQUIRES / RELEASES */
    uint32_t nblocks, nevents, nloops;
    ir_block *blocks;       /* blocks[0] = entry */
    ir_event *events;
    ir_loop *loops;
    uint32_t exit;          /* the exit block */
} ir_func;

typedef struct ir_tu {
    const char *path;       /* the main file as given */
    const char *realpath;   /* resolved */
    uint32_t nfiles;
    const char **files;     /* files[0] = main file; locations in macros use their expansion site */
    uint32_t nfuncs, nglobals, nkeys, nfield_annots;
    ir_func *funcs;
    ir_var *globals;
    ir_keyinfo *keys;       /* keys[0] is KEY_NONE */
    ir_field_annot *field_annots;
    struct ir_arena *arena;
} ir_tu;

/* ---- Construction and queries (ir.c) ------------------------------------- */
ir_tu *ir_tu_new(const char *path);
void   ir_tu_free(ir_tu *tu);
void  *ir_alloc(ir_tu *tu, size_t size);          /* zeroed, arena-owned */
const char *ir_strdup(ir_tu *tu, const char *s);  /* arena copy */
uint32_t ir_file_id(ir_tu *tu, const char *path); /* interns a file name */

/* Interns a key (creating it if new). For roots, `parent` is 0. */
ir_key ir_key_intern(ir_tu *tu, ir_key_kind kind, ir_key parent, const char *name,
                     int32_t func, int32_t index, const char *record, ir_type type);
static inline const ir_keyinfo *ir_keyinfo_of(const ir_tu *tu, ir_key k) { return &tu->keys[k]; }
ir_key ir_key_root(const ir_tu *tu, ir_key k);    /* the GLOBAL/LOCAL/PARAM/TEMP at the bottom */
bool   ir_key_is_prefix(const ir_tu *tu, ir_key prefix, ir_key k); /* k == prefix or derived from it */
/* Does the object live outside the function's frame (a global, static, or
 * reached through a pointer)? */
bool   ir_key_nonlocal(const ir_tu *tu, ir_key k);
/* C-like spelling: "mu", "s->jobs", "*p", "a[]", "cfg.mu". */
const char *ir_key_str(const ir_tu *tu, ir_key k, char *buf, size_t len);
/* For messages about the object a pointer designates: like ir_key_str but
 * a top-level dereference is dropped ("ch" for *ch, "s->jobs" for *(s->jobs)). */
const char *ir_obj_str(const ir_tu *tu, ir_key k, char *buf, size_t len);

/* Rewrites a key of callee `callee` (rooted at one of its parameters) into
 * the caller's key space at the call/spawn event `call`: DEREF(PARAM i)
 * becomes the argument's obj, PARAM i its value. 0 when it cannot be
 * expressed (an rvalue argument). Keys rooted at globals map to themselves. */
ir_key ir_key_map_to_caller(ir_tu *tu, const ir_event *call, ir_key callee_key);

const ir_func *ir_func_by_name(const ir_tu *tu, const char *name);
const char    *ir_file_of(const ir_tu *tu, ir_loc loc);

/* Debug dump (tests, `cvet --dump-ir`). */
void ir_dump_func(const ir_tu *tu, const ir_func *fn, void *FILE_ptr);
void ir_dump(const ir_tu *tu, void *FILE_ptr);

#endif /* CVET_IR_H */
