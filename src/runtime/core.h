/* core.h: private layout of goroutines and workers, shared only by the
 * scheduler core (sched.c, stack.c, timerheap.c, diag.c, race.c, switch).
 * The primitives never include this: they see co__g as opaque through
 * internal.h. */
#ifndef CO_CORE_H
#define CO_CORE_H

#include "internal.h"
#include <pthread.h>

/* ---- Sanitizer detection: set by meson (CO_ASAN / CO_TSAN), because the
 * runtime itself is compiled without -fsanitize=thread (see race.c). ---- */
#if !defined(CO_ASAN) && defined(__SANITIZE_ADDRESS__)
#define CO_ASAN 1
#endif
#if !defined(CO_ASAN) && defined(__has_feature)
#if __has_feature(address_sanitizer)
#define CO_ASAN 1
#endif
#endif

/* ---- Machine context ------------------------------------------------- */
#if defined(CO_UCONTEXT)
#include <ucontext.h>
typedef struct co__mctx { ucontext_t uc; } co__mctx;
#else
typedef struct co__mctx { void *sp; } co__mctx;
#endif
/* Prepare `c` so the first switch to it calls entry(arg) on the stack
 * [lo, lo+size); entry must never return. */
void co__mctx_make(co__mctx *c, void *lo, size_t size, void (*entry)(void *), void *arg);
/* Save the callee-saved registers into `from`, resume `to`. */
void co__mctx_switch(co__mctx *from, co__mctx *to);

/* ---- Goroutine ------------------------------------------------------- */
enum co__gstate {
    CO__G_FREE = 0,    /* cached block, no goroutine */
    CO__G_RUNNABLE,    /* in a run queue */
    CO__G_RUNNING,
    CO__G_PARKING,     /* switched away in co__park, unlock step not finished */
    CO__G_WAKEUP,      /* co__ready() came while still PARKING */
    CO__G_WAITING,     /* parked; co__ready() makes it RUNNABLE */
    CO__G_DEAD,        /* returned; its block is freed by the scheduler */
};

enum co__why { CO__WHY_NONE, CO__WHY_YIELD, CO__WHY_PARK, CO__WHY_EXIT };

typedef struct co__worker co__worker;

struct co__g {
    co__mctx ctx;
    _Atomic int state;
    int       why;             /* set before switching to the scheduler */
    uint64_t  id;
    void    (*fn)(void *);
    void     *arg;
    int       saved_errno;
    uint64_t  rng;             /* per-goroutine random state (CO_SEED) */
    bool      rng_seeded;
    bool      is_main;
    uint32_t  gen;             /* co_main run that spawned it */
    void    (*unlock)(void *); /* park step run on the scheduler stack */
    void     *unlock_arg;
    co__wait_info wait;
    void     *wait_data;
    uintptr_t spawn_pc;
    co__exit_hook *hooks;
    co__g    *runq_next;       /* global queue link */
    co__worker *worker;        /* set by whoever switches to it: its worker now */
    _Alignas(16) unsigned char wait_slot[CO__WAIT_SLOT]; /* co__g_wait_slot */
    /* The memory block holding this g and its stack. */
    void     *block;           /* base of the mapping / allocation */
    size_t    block_size;
    void     *stack_lo;        /* lowest usable stack byte */
    size_t    stack_size;
    size_t    guard_size;      /* 0 when the stack has no guard page */
    co__g    *all_prev, *all_next; /* registry of every block (stack.c) */
    co__g    *cache_next;      /* per-worker free list */
    /* sanitizers */
    void     *asan_fake;
    void     *tsan_fiber;
    unsigned  vg_id;
};

/* ---- Worker ---------------------------------------------------------- */
#define CO__RUNQ_SIZE 256

struct co__worker {
    int        idx;
    pthread_t  thread;
    int       *errno_ptr;        /* its thread's errno (a goroutine's is saved in its g) */
    co__mctx   sched_ctx;
    co__g     *cur;
    co__g     *prev;             /* switched out, step not finished (finish_prev) */
    _Atomic(co__g *) runnext;
    _Atomic uint32_t runq_head;  /* consumers CAS it */
    _Atomic uint32_t runq_tail;  /* only the owner stores it */
    _Atomic(co__g *) runq[CO__RUNQ_SIZE];
    _Atomic uint64_t schedtick;
    _Atomic uint32_t sleep_word; /* futex: 1 while asleep in the idle list */
    bool       idle;             /* in the idle list (sched lock) */
    co__worker *idle_next;
    bool       spinning;
    uint32_t   next_streak;      /* consecutive runnext picks (fairness) */
    uint64_t   rng;
    _Atomic(co__tnode *) firing; /* timer whose callback runs right now */
    uint64_t   goid_next, goid_end; /* ids reserved for this worker's spawns */
    /* stack cache */
    co__g     *cache;
    int        ncache;
    /* sanitizers: the scheduler stack, learnt from finish_switch_fiber */
    const void *asan_sched_bottom;
    size_t     asan_sched_size;
    void      *asan_sched_fake;
    bool       asan_from_sched;  /* the switch being finished started in the scheduler */
    void      *tsan_sched_fiber;
    void      *tsan_reaper_fiber;
    void      *tsan_cur_fiber;
    void      *altstack;
    _Atomic bool exited;
};

/* ---- Global scheduler state (sched.c) -------------------------------- */
typedef struct co__sched {
    int          nprocs;
    co__worker  *workers;
    _Atomic bool main_done;
    _Atomic bool shutdown;
    _Atomic int  nidle;
    _Atomic int  nspinning;
    uint64_t     seed;
    bool         seeded;        /* CO_SEED was given */
    _Atomic uint64_t next_id;
    _Atomic uint32_t main_futex;
    uint32_t     gen;           /* counts co_main runs in this process */
} co__sched;
extern co__sched co__S;

co__worker *co__self_worker(void);  /* noinline TLS accessor */

/* ---- Stacks (stack.c) ------------------------------------------------ */
void   co__stack_init(void);
co__g *co__stack_alloc(co__worker *w);      /* NULL + errno on failure */
void   co__stack_free(co__worker *w, co__g *g);
void   co__stack_flush_cache(co__worker *w);  /* a worker stops: pool its cache */
/* Give back the memory of up to `budget` pooled blocks beyond the warm
 * reserve; true if more remain. Idle workers call it before sleeping;
 * all_idle says no worker is running goroutines. */
bool   co__stack_scavenge(int budget, bool all_idle);
void   co__stack_install_altstack(co__worker *w);
void   co__stack_drop_altstack(co__worker *w);
/* Visit every live goroutine (not FREE) under the registry lock. */
void   co__stack_foreach(void (*fn)(co__g *g, void *arg), void *arg);
int    co__stack_live_count(void);          /* goroutines not yet exited */
extern size_t co__stack_size;

/* ---- Timers (timerheap.c) -------------------------------------------- */
void    co__timers_reset(void);
int64_t co__timers_next(void);          /* earliest deadline or INT64_MAX */
bool    co__timers_pending(void);
void    co__timers_run(co__worker *w);  /* fire every due timer */

/* ---- Scheduler helpers used by other core files ---------------------- */
void co__wake_idle_worker(void);        /* wake one idle worker, if any */
void co__spin_pause(unsigned *spins);

/* ---- Diagnostics (diag.c) -------------------------------------------- */
CO__NORETURN void co__deadlock(void);
int  co__leakcheck(void);               /* 1 when something was reported */
void co__leak_reset(void);
const char *co__basename(const char *path);
void co__write_err(const char *s);
/* Location of a goroutine's spawn: "FILE:LINE" or "co_main". */
void co__spawn_site(const co__g *g, char *buf, size_t len);
CO__NORETURN void co__stack_overflow(co__g *g);

/* ---- Sanitizer hooks (race.c) ---------------------------------------- */
void co__san_g_create(co__g *g);
void co__san_g_destroy(co__worker *w, co__g *g);   /* then co__san_restore_fiber */
void co__san_worker_init(co__worker *w);
/* Around a switch scheduler -> g, and g -> scheduler. */
/* Around every switch; a NULL goroutine is the worker's scheduler loop. */
#if defined(CO_ASAN) || defined(CO_TSAN)
void co__san_switch(co__worker *w, co__g *from, co__g *to, bool exiting);
void co__san_arrived(co__worker *w, co__g *g);
#else /* inline no-ops: the switch path is hot */
static inline void co__san_switch(co__worker *w, co__g *from, co__g *to, bool exiting)
{
    (void)w, (void)from, (void)to, (void)exiting;
}
static inline void co__san_arrived(co__worker *w, co__g *g) { (void)w, (void)g; }
#endif
/* Run a step on behalf of g (its park callback), then return to the fiber
 * of whatever runs on the worker now. */
void co__san_enter_g_fiber(co__worker *w, co__g *g);
void co__san_restore_fiber(co__worker *w);
void co__san_stack_reuse(co__g *g);
/* Under TSan, libc calls the runtime makes for itself (realloc, memset)
 * are intercepted and would look like unsynchronised goroutine accesses:
 * they run between these. No-ops otherwise. */
void co__san_ignore_begin(void);
void co__san_ignore_end(void);                /* cached stack, new goroutine */

#endif /* CO_CORE_H */
