/* internal.h: the contract between libcort's scheduler core (sched.c,
 * stack.c, switch_*.S, timer heap, diagnostics) and the primitives built on
 * it (chan.c, select.c, sync.c, ctx.c, timer.c). Private: co__ prefix.
 *
 * Invariants:
 * - A goroutine parks only through co__park(). The unlock callback runs on
 *   the worker's scheduler stack AFTER the goroutine's registers are saved,
 *   so a waker that takes the same lock can never resume a half-saved
 *   goroutine, and no wake-up is lost.
 * - co__ready(g) may be called from any goroutine, or from a timer callback,
 *   exactly once per park. It never blocks.
 * - Spinlocks (co__spin_*) are held only for short, non-blocking sections;
 *   never across co__park() except as the lock released by its callback. */
#ifndef CO_INTERNAL_H
#define CO_INTERNAL_H

#include "co.h"
#include <stdarg.h>
#include <stdatomic.h>

#if defined(__GNUC__)
#define CO__NOINLINE __attribute__((noinline))
#define CO__NORETURN __attribute__((noreturn))
#define CO__PRINTF(a, b) __attribute__((format(printf, a, b)))
#else
#define CO__NOINLINE
#define CO__NORETURN
#define CO__PRINTF(a, b)
#endif

/* The caller's return address: captured at every public entry point that
 * can block, spawn or create a leakable object, and symbolised to
 * FILE:LINE (through libdw) only when a report is printed. */
#define CO__CALLER_PC() ((uintptr_t)__builtin_return_address(0))

/* ---- Goroutines ----------------------------------------------------- */
typedef struct co__g co__g;

/* The running goroutine (NULL outside goroutines). Not inlinable on
 * purpose: a goroutine may migrate between workers across any call. */
co__g *co__current(void);
uint64_t co__g_id(const co__g *g);

/* Per-goroutine scratch the primitives may use while the goroutine is
 * parked (e.g. the sudog-like waiter record of a channel op, which lives on
 * the parked goroutine's stack and is pointed to from here). */
void  *co__g_wait_data(co__g *g);
void   co__g_set_wait_data(co__g *g, void *p);

/* Room for the waiter record of the one queue a parked goroutine sits in
 * (a channel op's sudog, a sync waiter). It is part of the goroutine's
 * record, which are packed together, not on its stack: waking a crowd
 * (a close, a Broadcast) then walks a few pages, not one per goroutine. */
#define CO__WAIT_SLOT 64
void  *co__g_wait_slot(co__g *g);

/* What a parked goroutine waits on, for the deadlock dump and the leak
 * report: "chan receive", "chan send", "select", "select (no cases)",
 * "sync.Mutex.Lock", "sync.RWMutex.RLock", "sync.RWMutex.Lock",
 * "sync.WaitGroup.Wait", "sync.Cond.Wait", "sync.Once.Do", "sleep",
 * "chan send (nil chan)", "chan receive (nil chan)". `pc` is the user's
 * call site (CO__CALLER_PC() at the public entry point). */
typedef struct co__wait_info {
    const char *op;
    const void *obj;
    uintptr_t   pc;
} co__wait_info;

/* Park the current goroutine. After switching to the scheduler, calls
 * unlock(arg) (if non-NULL) on the worker's stack. Returns once another
 * party has called co__ready() on it. */
void co__park(void (*unlock)(void *arg), void *arg, co__wait_info info);

/* Make a parked goroutine runnable (on the caller's worker, in its runnext
 * slot when `next`, which keeps a ping-pong pair on one worker). */
void co__ready(co__g *g, bool next);

/* Goroutine-exit hooks: functions run in the goroutine's context right
 * before it exits (co_after uses this to reclaim its channels). Each hook
 * record is owned by the caller and must outlive the goroutine. */
typedef struct co__exit_hook {
    struct co__exit_hook *next;
    void (*fn)(struct co__exit_hook *h);
} co__exit_hook;
void co__on_exit(co__exit_hook *h);

/* Random numbers for select and stealing (seeded from CO_SEED). */
uint32_t co__rand(void);

/* ---- Spinlocks (for the unsigned co__lock words in co.h) -------------- */
void co__spin_lock(unsigned *l);
void co__spin_unlock(unsigned *l);
bool co__spin_trylock(unsigned *l);
/* Park callback that releases a spinlock: co__park(co__spin_unlock_cb, l, ..). */
void co__spin_unlock_cb(void *lock_word);

/* ---- Timers ---------------------------------------------------------- *
 * One heap (per worker or global, the core's choice) with O(log n)
 * add/del. `fire` runs on a worker's scheduler stack, not in a goroutine:
 * it may take spinlocks and call co__ready(), never park. While any timer
 * is pending, the deadlock detector stays quiet and idle workers sleep
 * until the earliest deadline. */
typedef struct co__tnode {
    int64_t when;                                   /* co_now() deadline */
    void  (*fire)(struct co__tnode *t, int64_t now);
    /* private to the heap: */
    int32_t heap_idx;                               /* -1 when not pending */
    int32_t heap_owner;
} co__tnode;
void co__tnode_init(co__tnode *t, void (*fire)(co__tnode *, int64_t));
void co__timer_add(co__tnode *t, int64_t when); /* t must not be pending */
bool co__timer_del(co__tnode *t);               /* true if it was pending */
/* Deleting may race with the fire callback starting: after co__timer_del()
 * returns, the callback is either not started or finished (the core
 * guarantees this), so the caller may free t. */

/* ---- Diagnostics ----------------------------------------------------- */
/* "panic: MESSAGE" plus the goroutine and its location, then abort(). */
CO__NORETURN void co__panic(const char *fmt, ...) CO__PRINTF(1, 2);
/* Same, naming the call site pc as the location. */
CO__NORETURN void co__panic_at(uintptr_t pc, const char *fmt, ...) CO__PRINTF(2, 3);

/* Leak registry for CO_LEAKCHECK=1: objects register on creation and
 * unregister on stop/cancel; at the end of co_main everything still
 * registered is reported once as "<kind> created at FILE:LINE never <verb>". */
typedef enum { CO__LEAK_TIMER, CO__LEAK_TICKER, CO__LEAK_CONTEXT } co__leak_kind;
typedef struct co__leak_rec {
    struct co__leak_rec *prev, *next;
    co__leak_kind kind;
    uintptr_t pc;
} co__leak_rec;
void co__leak_register(co__leak_rec *r, co__leak_kind kind, uintptr_t pc);
void co__leak_unregister(co__leak_rec *r);

/* Symbolise a pc into "file.c:LINE" (or "0xADDR" when no debug info). */
void co__symbolize(uintptr_t pc, char *buf, size_t len);

/* ---- Sanitizer annotations for the primitives ------------------------ *
 * Every synchronising operation calls these so TSan sees the
 * happens-before edges the runtime creates (a send releases, the matching
 * receive acquires; unlock releases, lock acquires; Done releases, Wait
 * acquires; spawn releases, the child acquires). No-ops without TSan. */
#if defined(CO_TSAN)
void co__race_release(const void *addr);
void co__race_acquire(const void *addr);
#else /* no-ops the compiler drops */
static inline void co__race_release(const void *addr) { (void)addr; }
static inline void co__race_acquire(const void *addr) { (void)addr; }
#endif

#endif /* CO_INTERNAL_H */
