/* co.h: libcort, a Go-style M:N coroutine runtime for C11.
 *
 * The names and signatures here are a contract (docs/runtime.md and
 * shared/design/runtime-api.md): user programs, cvet's rules and its test
 * corpus are written against them. Public names start with co_/CO_,
 * private ones with co__/CO__. Everything is callable only from goroutines
 * (inside co_main) unless a comment says otherwise. */
#ifndef CO_H
#define CO_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define CO_VERSION "0.1.0"

/* ---- Time ---------------------------------------------------------- */
typedef int64_t co_duration; /* nanoseconds */
#define CO_NANOSECOND  ((co_duration)1)
#define CO_MICROSECOND ((co_duration)1000)
#define CO_MILLISECOND ((co_duration)1000000)
#define CO_SECOND      ((co_duration)1000000000)
int64_t co_now(void); /* monotonic clock, ns; callable anywhere */

/* ---- Running --------------------------------------------------------- */
/* Runs fn(arg) as the main goroutine on CO_PROCS workers; returns when it
 * returns (other goroutines are abandoned). 0, or 1 if CO_LEAKCHECK=1 found
 * a leak. */
int co_main(void (*fn)(void *arg), void *arg);

/* ---- Goroutines ------------------------------------------------------ */
int      co_go(void (*fn)(void *arg), void *arg); /* 0, or -1 with errno */
void     co_yield(void);
void     co_sleep(co_duration d);
uint64_t co_goid(void);

/* ---- Private building blocks of the public structs ------------------- *
 * Layouts are private; only their all-zero state is promised (a valid,
 * unlocked / empty / unused value, as Go's zero values). */
typedef struct co__waitq { void *head, *tail; } co__waitq;

/* ---- Channels -------------------------------------------------------- */
typedef struct co_chan co_chan;
co_chan *co_chan_make(size_t elem_size, size_t capacity); /* 0 = unbuffered */
void     co_chan_send(co_chan *ch, const void *elem);     /* blocks; NULL ch blocks forever */
bool     co_chan_recv(co_chan *ch, void *out);            /* false once closed and drained (*out zeroed); out may be NULL */
void     co_chan_close(co_chan *ch);
size_t   co_chan_len(const co_chan *ch);
size_t   co_chan_cap(const co_chan *ch);
void     co_chan_free(co_chan *ch);                       /* no goroutine may still use it */

/* ---- Select ---------------------------------------------------------- */
typedef enum { CO_OP_RECV = 1, CO_OP_SEND = 2 } co_op;
typedef struct { co_chan *ch; co_op op; void *elem; bool ok; } co_case;
#define CO_RECV(ch, out_ptr)  ((co_case){ (ch), CO_OP_RECV, (void *)(out_ptr), false })
#define CO_SEND(ch, elem_ptr) ((co_case){ (ch), CO_OP_SEND, (void *)(elem_ptr), false })
int co_select(co_case *cases, size_t n);     /* blocks; index of the case taken; sets .ok on a recv */
int co_select_try(co_case *cases, size_t n); /* select with default: -1 if none is ready */

/* ---- Timers ---------------------------------------------------------- */
typedef struct co_timer co_timer;
co_timer *co_timer_new(co_duration d);                /* fires once: sends co_now() (int64_t) on a cap-1 channel */
co_chan  *co_timer_chan(co_timer *t);
bool      co_timer_reset(co_timer *t, co_duration d); /* re-arms; drops an undelivered value; true if it was pending */
bool      co_timer_stop(co_timer *t);                 /* stops AND frees; true if it had not fired; exactly once */

typedef struct co_ticker co_ticker;
co_ticker *co_ticker_new(co_duration period);         /* sends co_now() every period, dropping missed ticks */
co_chan   *co_ticker_chan(co_ticker *t);
void       co_ticker_reset(co_ticker *t, co_duration period);
void       co_ticker_stop(co_ticker *t);              /* stops AND frees; exactly once */

co_chan *co_after(co_duration d);      /* like time.After; reclaimed when the calling goroutine exits */
co_chan *co_tick(co_duration period);  /* like time.Tick: never stoppable, lives for the whole process */

/* ---- WaitGroup, Mutex, RWMutex, Cond, Once --------------------------- */
typedef struct co_waitgroup {
    uint64_t co__state;  /* counter << 32 | waiters: Add and Done are one atomic add */
    unsigned co__lock;   /* private spinlock over the queue of waiters */
    int      co__pad;
    co__waitq co__q;     /* parked Wait callers */
} co_waitgroup;
#define CO_WAITGROUP_INIT {0}
void co_wg_add(co_waitgroup *wg, int delta);
void co_wg_done(co_waitgroup *wg);
void co_wg_wait(co_waitgroup *wg);

typedef struct co_mutex {
    unsigned co__state;  /* locked/woken/starving/waiters bits; the fast path is one CAS */
    unsigned co__lock;   /* spinlock over the waiter queue (slow path only) */
    co__waitq co__q;
} co_mutex;
#define CO_MUTEX_INIT {0}
void co_mutex_lock(co_mutex *m);
void co_mutex_unlock(co_mutex *m);
bool co_mutex_trylock(co_mutex *m);

typedef struct co_rwmutex {
    unsigned co__lock;
    int      co__readers;        /* active readers */
    unsigned co__writer;         /* a writer holds the lock */
    unsigned co__writers_waiting;
    co__waitq co__rq;            /* waiting readers */
    co__waitq co__wq;            /* waiting writers */
} co_rwmutex;
#define CO_RWMUTEX_INIT {0}
void co_rwmutex_lock(co_rwmutex *rw);   void co_rwmutex_unlock(co_rwmutex *rw);
void co_rwmutex_rlock(co_rwmutex *rw);  void co_rwmutex_runlock(co_rwmutex *rw);
bool co_rwmutex_trylock(co_rwmutex *rw); bool co_rwmutex_tryrlock(co_rwmutex *rw);

typedef struct co_cond {
    unsigned  co__lock;
    unsigned  co__pad;
    co__waitq co__q;
} co_cond;
#define CO_COND_INIT {0}
void co_cond_wait(co_cond *c, co_mutex *m);
void co_cond_signal(co_cond *c);
void co_cond_broadcast(co_cond *c);

typedef struct co_once {
    unsigned  co__done;  /* read with acquire on the fast path */
    unsigned  co__lock;
    unsigned  co__running;
    unsigned  co__pad;
    co__waitq co__q;
} co_once;
#define CO_ONCE_INIT {0}
void co_once_do(co_once *o, void (*fn)(void *arg), void *arg);

/* ---- Contexts -------------------------------------------------------- */
typedef struct co_ctx co_ctx;
typedef struct { co_ctx *ctx; } co_cancel_fn;
enum { CO_CANCELED = 1, CO_DEADLINE_EXCEEDED = 2 };

co_ctx  *co_background(void);            /* never cancelled, never freed */
co_ctx  *co_with_cancel(co_ctx *parent, co_cancel_fn *cancel);
co_ctx  *co_with_timeout(co_ctx *parent, co_duration d, co_cancel_fn *cancel);
co_ctx  *co_with_deadline(co_ctx *parent, int64_t deadline, co_cancel_fn *cancel);
co_chan *co_ctx_done(co_ctx *ctx);       /* closed on cancel; NULL for co_background() */
int      co_ctx_err(co_ctx *ctx);        /* 0, CO_CANCELED or CO_DEADLINE_EXCEEDED */
void     co_cancel(co_cancel_fn *cancel);/* cancels ctx and descendants, drops the creator's reference,
                                            clears *cancel; idempotent */
co_ctx  *co_ctx_retain(co_ctx *ctx);
void     co_ctx_release(co_ctx *ctx);

/* ---- Defer guards ---------------------------------------------------- *
 * Scope-exit actions on __attribute__((cleanup)). Each declares a guard
 * variable of its own type so tools can recognise it; several guards in
 * one scope run in reverse order of declaration, as Go's defers. */
#define CO__CAT2(a, b) a##b
#define CO__CAT(a, b) CO__CAT2(a, b)
#define CO__GUARD(type, fn, val) \
    type CO__CAT(co__guard_, __COUNTER__) __attribute__((cleanup(fn), unused)) = { (val) }

typedef struct { co_mutex *m; }      co_defer_unlock_t;
typedef struct { co_rwmutex *rw; }   co_defer_runlock_t;
typedef struct { co_rwmutex *rw; }   co_defer_wunlock_t;
typedef struct { co_waitgroup *wg; } co_defer_done_t;
typedef struct { co_cancel_fn *c; }  co_defer_cancel_t;
typedef struct { co_timer *t; }      co_defer_timer_stop_t;
typedef struct { co_ticker *t; }     co_defer_ticker_stop_t;
typedef struct { co_chan *ch; }      co_defer_close_t;

static inline void co__defer_unlock(co_defer_unlock_t *g)   { co_mutex_unlock(g->m); }
static inline void co__defer_runlock(co_defer_runlock_t *g) { co_rwmutex_runlock(g->rw); }
static inline void co__defer_wunlock(co_defer_wunlock_t *g) { co_rwmutex_unlock(g->rw); }
static inline void co__defer_done(co_defer_done_t *g)       { co_wg_done(g->wg); }
static inline void co__defer_cancel(co_defer_cancel_t *g)   { co_cancel(g->c); }
static inline void co__defer_timer_stop(co_defer_timer_stop_t *g)   { co_timer_stop(g->t); }
static inline void co__defer_ticker_stop(co_defer_ticker_stop_t *g) { co_ticker_stop(g->t); }
static inline void co__defer_close(co_defer_close_t *g)     { co_chan_close(g->ch); }

#define CO_DEFER_UNLOCK(m)        CO__GUARD(co_defer_unlock_t, co__defer_unlock, m)
#define CO_DEFER_RUNLOCK(rw)      CO__GUARD(co_defer_runlock_t, co__defer_runlock, rw)
#define CO_DEFER_WUNLOCK(rw)      CO__GUARD(co_defer_wunlock_t, co__defer_wunlock, rw)
#define CO_DEFER_DONE(wg)         CO__GUARD(co_defer_done_t, co__defer_done, wg)
#define CO_DEFER_CANCEL(cancel)   CO__GUARD(co_defer_cancel_t, co__defer_cancel, cancel)
#define CO_DEFER_TIMER_STOP(t)    CO__GUARD(co_defer_timer_stop_t, co__defer_timer_stop, t)
#define CO_DEFER_TICKER_STOP(t)   CO__GUARD(co_defer_ticker_stop_t, co__defer_ticker_stop, t)
#define CO_DEFER_CLOSE(ch)        CO__GUARD(co_defer_close_t, co__defer_close, ch)

/* ---- Annotations (read by cvet; no effect at run time) --------------- */
#if defined(__clang__)
#define CO_GUARDED_BY(mu) __attribute__((annotate("co_guarded_by:" #mu)))
#define CO_REQUIRES(mu)   __attribute__((annotate("co_requires:" #mu)))
#define CO_ACQUIRES(mu)   __attribute__((annotate("co_acquires:" #mu)))
#define CO_RELEASES(mu)   __attribute__((annotate("co_releases:" #mu)))
#else /* GCC has no annotate attribute: the annotations are for cvet (libclang) only */
#define CO_GUARDED_BY(mu)
#define CO_REQUIRES(mu)
#define CO_ACQUIRES(mu)
#define CO_RELEASES(mu)
#endif

#ifdef __cplusplus
}
#endif
#endif /* CO_H */
