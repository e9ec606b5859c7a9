/* sched.c: the M:N scheduler. CO_PROCS worker threads, each with a
 * lock-free 256-slot run queue plus a `runnext` slot, a global queue, work
 * stealing, and idle workers asleep on a futex (timeout = earliest timer).
 * Guarantees: parking switches to the scheduler before the unlock step
 * runs (no lost wake-ups, no half-saved goroutine is ever resumed), errno
 * is per goroutine, and CO_SEED makes every random choice reproducible. */
#include "core.h"
#include <errno.h>
#include <limits.h>
#include <linux/futex.h>
#include <sched.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

co__sched co__S;
static __thread co__worker *tls_worker;

/* Global queue and idle-worker list: short critical sections. */
static unsigned gq_lock;
static co__g *gq_head, *gq_tail;
static _Atomic int gq_len;
static unsigned idle_lock;
static co__worker *idle_list;

#define RELAXED __ATOMIC_RELAXED
#define ACQUIRE __ATOMIC_ACQUIRE
#define RELEASE __ATOMIC_RELEASE
#define SEQ_CST __ATOMIC_SEQ_CST

/* ---- Thread-local accessors: never inlined, and opaque to the optimiser,
 * so a goroutine that migrated between workers reads its new worker. ---- */
CO__NOINLINE co__worker *co__self_worker(void)
{
    co__worker *w;
    __asm__ volatile("" ::: "memory");
    w = tls_worker;
    return w;
}

CO__NOINLINE co__g *co__current(void)
{
    co__worker *w = co__self_worker();
    return w ? w->cur : NULL;
}

uint64_t co__g_id(const co__g *g) { return g ? g->id : 0; }
void *co__g_wait_data(co__g *g) { return g->wait_data; }
void co__g_set_wait_data(co__g *g, void *p) { g->wait_data = p; }
void *co__g_wait_slot(co__g *g) { return g->wait_slot; }

/* errno lives in thread-local storage and glibc declares __errno_location
 * const, so a compiler may keep &errno across a switch: the runtime goes
 * through the address its worker recorded on its own thread instead. */
static inline void errno_save(co__worker *w, co__g *g) { g->saved_errno = *w->errno_ptr; }
static inline void errno_restore(co__worker *w, co__g *g) { *w->errno_ptr = g->saved_errno; }

int64_t co_now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * CO_SECOND + ts.tv_nsec;
}

/* ---- Futex ------------------------------------------------------------ */
static void futex_wait(_Atomic uint32_t *addr, uint32_t val, int64_t timeout_ns)
{
    struct timespec ts, *tp = NULL;
    if (timeout_ns >= 0) {
        ts.tv_sec = timeout_ns / CO_SECOND;
        ts.tv_nsec = timeout_ns % CO_SECOND;
        tp = &ts;
    }
    syscall(SYS_futex, (uint32_t *)addr, FUTEX_WAIT_PRIVATE, val, tp, NULL, 0);
}

static void futex_wake(_Atomic uint32_t *addr, int n)
{
    syscall(SYS_futex, (uint32_t *)addr, FUTEX_WAKE_PRIVATE, n, NULL, NULL, 0);
}

/* ---- Spinlocks --------------------------------------------------------- */
void co__spin_pause(unsigned *spins)
{
    if (++*spins < 100) {
#if defined(__x86_64__) || defined(__i386__)
        __builtin_ia32_pause();
#elif defined(__aarch64__)
        __asm__ volatile("yield");
#endif
    } else {
        sched_yield(); /* the holder may be descheduled (CO_PROCS > cores) */
    }
}

void co__spin_lock(unsigned *l)
{
    unsigned spins = 0;
    for (;;) {
        if (!__atomic_exchange_n(l, 1u, ACQUIRE))
            return;
        while (__atomic_load_n(l, RELAXED))
            co__spin_pause(&spins);
    }
}

bool co__spin_trylock(unsigned *l)
{
    return !__atomic_load_n(l, RELAXED) && !__atomic_exchange_n(l, 1u, ACQUIRE);
}

void co__spin_unlock(unsigned *l) { __atomic_store_n(l, 0u, RELEASE); }
void co__spin_unlock_cb(void *lock_word) { co__spin_unlock((unsigned *)lock_word); }

/* ---- Random numbers ----------------------------------------------------- */
static uint64_t splitmix64(uint64_t x)
{
    x += 0x9e3779b97f4a7c15ull;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ull;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebull;
    return x ^ (x >> 31);
}

static uint32_t xorshift(uint64_t *s)
{
    uint64_t x = *s;
    x ^= x >> 12;
    x ^= x << 25;
    x ^= x >> 27;
    *s = x;
    return (uint32_t)((x * 0x2545f4914f6cdd1dull) >> 32);
}

/* Each goroutine has its own stream, seeded from (CO_SEED, goroutine id),
 * so its select choices do not depend on which worker runs it. */
uint32_t co__rand(void)
{
    co__worker *w = co__self_worker();
    co__g *g = w ? w->cur : NULL;
    if (g) {
        if (!g->rng_seeded) {
            g->rng = splitmix64(co__S.seed ^ splitmix64(g->id)) | 1;
            g->rng_seeded = true;
        }
        return xorshift(&g->rng);
    }
    if (w)
        return xorshift(&w->rng);
    static _Atomic uint64_t global_rng = 88172645463325252ull;
    return (uint32_t)(splitmix64(atomic_fetch_add(&global_rng, 0x9e3779b97f4a7c15ull)) >> 32);
}

/* ---- Run queues (Go's algorithm: the owner pushes at the tail, the owner
 * and thieves take from the head with a CAS). --------------------------- */
static void gq_push_list(co__g *head, co__g *tail, int n)
{
    tail->runq_next = NULL;
    co__spin_lock(&gq_lock);
    if (gq_tail)
        gq_tail->runq_next = head;
    else
        gq_head = head;
    gq_tail = tail;
    atomic_fetch_add(&gq_len, n);
    co__spin_unlock(&gq_lock);
}

static void gq_push(co__g *g) { gq_push_list(g, g, 1); }

/* Local queue full: move half of it plus g to the global queue. */
static bool runq_put_slow(co__worker *w, co__g *g, uint32_t h, uint32_t t)
{
    co__g *batch[CO__RUNQ_SIZE / 2 + 1];
    uint32_t n = (t - h) / 2;
    for (uint32_t i = 0; i < n; i++)
        batch[i] = atomic_load_explicit(&w->runq[(h + i) % CO__RUNQ_SIZE], memory_order_relaxed);
    if (!atomic_compare_exchange_strong_explicit(&w->runq_head, &h, h + n,
                                                 memory_order_release, memory_order_relaxed))
        return false;
    batch[n] = g;
    for (uint32_t i = 0; i < n; i++)
        batch[i]->runq_next = batch[i + 1];
    gq_push_list(batch[0], batch[n], (int)n + 1);
    return true;
}

static void runq_put(co__worker *w, co__g *g, bool next)
{
    if (next) {
        g = atomic_exchange_explicit(&w->runnext, g, memory_order_acq_rel);
        if (!g)
            return;
    }
    for (;;) {
        uint32_t h = atomic_load_explicit(&w->runq_head, memory_order_acquire);
        uint32_t t = atomic_load_explicit(&w->runq_tail, memory_order_relaxed);
        if (t - h < CO__RUNQ_SIZE) {
            atomic_store_explicit(&w->runq[t % CO__RUNQ_SIZE], g, memory_order_relaxed);
            atomic_store_explicit(&w->runq_tail, t + 1, memory_order_release);
            return;
        }
        if (runq_put_slow(w, g, h, t))
            return;
    }
}

static co__g *runq_pop_head(co__worker *w)
{
    if (co__S.nprocs == 1) { /* no thieves: the owner alone moves the head */
        uint32_t h = atomic_load_explicit(&w->runq_head, memory_order_relaxed);
        if (h == atomic_load_explicit(&w->runq_tail, memory_order_relaxed))
            return NULL;
        co__g *g = atomic_load_explicit(&w->runq[h % CO__RUNQ_SIZE], memory_order_relaxed);
        atomic_store_explicit(&w->runq_head, h + 1, memory_order_relaxed);
        return g;
    }
    for (;;) {
        uint32_t h = atomic_load_explicit(&w->runq_head, memory_order_acquire);
        uint32_t t = atomic_load_explicit(&w->runq_tail, memory_order_relaxed);
        if (t == h)
            return NULL;
        co__g *g = atomic_load_explicit(&w->runq[h % CO__RUNQ_SIZE], memory_order_relaxed);
        if (atomic_compare_exchange_strong_explicit(&w->runq_head, &h, h + 1,
                                                    memory_order_release, memory_order_relaxed))
            return g;
    }
}

static co__g *runq_get(co__worker *w)
{
    co__g *g = atomic_load_explicit(&w->runnext, memory_order_relaxed);
    if (g) {
        g = atomic_exchange_explicit(&w->runnext, NULL, memory_order_acquire);
        if (g) {
            /* A ping-pong pair lives in runnext; let the queue run now and then. */
            if (++w->next_streak < 64)
                return g;
            w->next_streak = 0;
            co__g *h = runq_pop_head(w);
            if (!h)
                return g;
            runq_put(w, g, false);
            return h;
        }
    }
    w->next_streak = 0;
    return runq_pop_head(w);
}

static bool runq_empty(co__worker *w)
{
    uint32_t h = atomic_load_explicit(&w->runq_head, memory_order_acquire);
    uint32_t t = atomic_load_explicit(&w->runq_tail, memory_order_acquire);
    return h == t && !atomic_load_explicit(&w->runnext, memory_order_acquire);
}

/* Steal half of v's queue into w's (empty) queue; returns one of them. */
static co__g *runq_steal(co__worker *w, co__worker *v, bool steal_next)
{
    uint32_t t = atomic_load_explicit(&w->runq_tail, memory_order_relaxed);
    uint32_t n;
    for (;;) {
        uint32_t h = atomic_load_explicit(&v->runq_head, memory_order_acquire);
        uint32_t vt = atomic_load_explicit(&v->runq_tail, memory_order_acquire);
        n = vt - h;
        n = n - n / 2;
        if (n == 0) {
            if (!steal_next)
                return NULL;
            co__g *g = atomic_load_explicit(&v->runnext, memory_order_acquire);
            if (g && atomic_compare_exchange_strong(&v->runnext, &g, NULL))
                return g;
            return NULL;
        }
        if (n > CO__RUNQ_SIZE / 2)
            continue; /* inconsistent snapshot */
        for (uint32_t i = 0; i < n; i++) {
            co__g *g = atomic_load_explicit(&v->runq[(h + i) % CO__RUNQ_SIZE], memory_order_relaxed);
            atomic_store_explicit(&w->runq[(t + i) % CO__RUNQ_SIZE], g, memory_order_relaxed);
        }
        if (atomic_compare_exchange_strong_explicit(&v->runq_head, &h, h + n,
                                                    memory_order_release, memory_order_relaxed))
            break;
    }
    n--;
    co__g *g = atomic_load_explicit(&w->runq[(t + n) % CO__RUNQ_SIZE], memory_order_relaxed);
    if (n)
        atomic_store_explicit(&w->runq_tail, t + n, memory_order_release);
    return g;
}

/* Take one goroutine from the global queue and a fair share into w's queue. */
static co__g *gq_get(co__worker *w)
{
    if (atomic_load_explicit(&gq_len, memory_order_acquire) == 0)
        return NULL;
    co__spin_lock(&gq_lock);
    int len = atomic_load(&gq_len);
    if (len == 0) {
        co__spin_unlock(&gq_lock);
        return NULL;
    }
    int n = len / co__S.nprocs + 1;
    if (n > len)
        n = len;
    if (n > CO__RUNQ_SIZE / 2)
        n = CO__RUNQ_SIZE / 2;
    co__g *g = gq_head, *rest = g->runq_next, *last = g;
    for (int i = 1; i < n; i++)
        last = last->runq_next;
    gq_head = last->runq_next;
    if (!gq_head)
        gq_tail = NULL;
    atomic_fetch_sub(&gq_len, n);
    co__spin_unlock(&gq_lock);
    /* Outside the lock: runq_put may spill back to the global queue. */
    for (int i = 1; i < n; i++) {
        co__g *x = rest;
        rest = x->runq_next;
        runq_put(w, x, false);
    }
    return g;
}

/* ---- Idle workers ------------------------------------------------------- */
/* Wake one idle worker to look for work, unless one is already looking. */
void co__wake_idle_worker(void)
{
    if (co__S.nprocs == 1)
        return; /* the only worker is us */
    /* StoreLoad barrier: our push to a run queue must be visible before we
     * read nidle, as a sleeper publishes nidle before re-checking the
     * queues (Dekker); otherwise both could miss each other. */
    atomic_thread_fence(memory_order_seq_cst);
    if (atomic_load(&co__S.nidle) == 0 || atomic_load(&co__S.nspinning) != 0)
        return;
    int zero = 0;
    if (!atomic_compare_exchange_strong(&co__S.nspinning, &zero, 1))
        return;
    co__spin_lock(&idle_lock);
    co__worker *w = idle_list;
    if (w) {
        idle_list = w->idle_next;
        w->idle = false;
        w->spinning = true; /* it inherits our nspinning increment */
        atomic_fetch_sub(&co__S.nidle, 1);
    }
    co__spin_unlock(&idle_lock);
    if (!w) {
        atomic_fetch_sub(&co__S.nspinning, 1);
        return;
    }
    atomic_store(&w->sleep_word, 0);
    futex_wake(&w->sleep_word, 1);
}

static void wake_all_workers(void)
{
    co__spin_lock(&idle_lock);
    while (idle_list) {
        co__worker *w = idle_list;
        idle_list = w->idle_next;
        w->idle = false;
        atomic_fetch_sub(&co__S.nidle, 1);
        atomic_store(&w->sleep_word, 0);
        futex_wake(&w->sleep_word, 1);
    }
    co__spin_unlock(&idle_lock);
}

static bool any_work(void)
{
    if (atomic_load(&gq_len))
        return true;
    for (int i = 0; i < co__S.nprocs; i++)
        if (!runq_empty(&co__S.workers[i]))
            return true;
    return false;
}

static void stop_spinning(co__worker *w)
{
    if (!w->spinning)
        return;
    w->spinning = false;
    /* The last spinner found work: there may be more, so wake another. */
    if (atomic_fetch_sub(&co__S.nspinning, 1) == 1)
        co__wake_idle_worker();
}

/* Sleep until woken or until the earliest timer is due. */
static void worker_sleep(co__worker *w)
{
    co__spin_lock(&idle_lock);
    if (atomic_load(&gq_len) || atomic_load(&co__S.shutdown)) {
        co__spin_unlock(&idle_lock);
        return;
    }
    if (w->spinning) {
        w->spinning = false;
        atomic_fetch_sub(&co__S.nspinning, 1);
    }
    w->idle = true;
    w->idle_next = idle_list;
    idle_list = w;
    atomic_store(&w->sleep_word, 1);
    int nidle = atomic_fetch_add(&co__S.nidle, 1) + 1;
    co__spin_unlock(&idle_lock);

    /* Re-check after publishing nidle (a readier pushes, then reads nidle). */
    bool work = any_work();
    if (!work && nidle == co__S.nprocs && !co__timers_pending() &&
        !atomic_load(&co__S.main_done) && !atomic_load(&co__S.shutdown)) {
        /* Every worker is idle: nothing can ever run again. Confirm under
         * the lock (no worker can have been woken in between). */
        co__spin_lock(&idle_lock);
        bool dead = atomic_load(&co__S.nidle) == co__S.nprocs && !any_work() &&
                    !co__timers_pending() && !atomic_load(&co__S.main_done);
        co__spin_unlock(&idle_lock);
        if (dead)
            co__deadlock();
    }
    /* Idle time pays for giving pooled stack memory back, a batch at a
     * time, checking for work in between. */
    while (!work && co__stack_scavenge(64, atomic_load(&co__S.nidle) == co__S.nprocs))
        work = any_work();
    if (!work) {
        int64_t next = co__timers_next();
        int64_t timeout = -1;
        if (next != INT64_MAX) {
            timeout = next - co_now();
            if (timeout < 0)
                timeout = 0;
        }
        if (timeout != 0)
            futex_wait(&w->sleep_word, 1, timeout);
    }
    co__spin_lock(&idle_lock);
    if (w->idle) { /* timeout, spurious wake-up or work found: leave the list */
        co__worker **pp = &idle_list;
        while (*pp != w)
            pp = &(*pp)->idle_next;
        *pp = w->idle_next;
        w->idle = false;
        atomic_fetch_sub(&co__S.nidle, 1);
    }
    co__spin_unlock(&idle_lock);
}

/* ---- Finding work --------------------------------------------------------- */
static co__g *try_steal(co__worker *w, bool steal_next)
{
    int n = co__S.nprocs;
    int start = (int)(xorshift(&w->rng) % (uint32_t)n);
    for (int i = 0; i < n; i++) {
        co__worker *v = &co__S.workers[(start + i) % n];
        if (v == w)
            continue;
        co__g *g = runq_steal(w, v, steal_next);
        if (g)
            return g;
    }
    return NULL;
}

static co__g *find_runnable(co__worker *w)
{
    for (;;) {
        if (atomic_load_explicit(&co__S.shutdown, memory_order_relaxed))
            return NULL;
        if (co__timers_pending())
            co__timers_run(w);
        co__g *g = NULL;
        uint64_t tick = atomic_load_explicit(&w->schedtick, memory_order_relaxed);
        if (tick % 61 == 0)
            g = gq_get(w);
        if (!g)
            g = runq_get(w);
        if (!g)
            g = gq_get(w);
        if (g) {
            stop_spinning(w);
            return g;
        }
        if (co__S.nprocs > 1) {
            /* Spin a little before sleeping (bounded: at most half the busy
             * workers spin), so a ping-pong across workers needs no futex. */
            if (!w->spinning &&
                2 * atomic_load(&co__S.nspinning) < co__S.nprocs - atomic_load(&co__S.nidle)) {
                w->spinning = true;
                atomic_fetch_add(&co__S.nspinning, 1);
            }
            if (w->spinning) {
                for (int round = 0; round < 48 && !g; round++) {
                    g = try_steal(w, round == 47);
                    if (!g)
                        g = gq_get(w);
                    if (!g && co__timers_pending())
                        break;
                    if (!g) {
                        unsigned spins = round % 4 == 3 ? 1000 : 0;
                        for (int k = 0; k < 32; k++)
                            co__spin_pause(&spins);
                    }
                }
                if (g) {
                    stop_spinning(w);
                    return g;
                }
            }
        }
        if (co__timers_pending() && co__timers_next() <= co_now())
            continue;
        worker_sleep(w);
    }
}

/* ---- Running goroutines -----------------------------------------------------
 * A goroutine that stops (yield, park, exit) switches straight to the next
 * goroutine of its worker's local queue when there is one, else to the
 * worker's scheduler loop. Whatever runs next on the worker first finishes
 * the previous goroutine's step (finish_prev): requeue it, run its park
 * "unlock" callback, or free its stack. That is always after the switch, so
 * the previous goroutine's registers are saved before anyone can wake it. */
static void g_exit(co__g *g) CO__NORETURN;

static void finish_prev(co__worker *w)
{
    co__g *g = w->prev;
    if (!g)
        return;
    w->prev = NULL;
    switch (g->why) {
    case CO__WHY_YIELD:
        atomic_store_explicit(&g->state, CO__G_RUNNABLE, memory_order_relaxed);
        runq_put(w, g, false);
        break;
    case CO__WHY_PARK: {
        void (*unlock)(void *) = g->unlock;
        if (unlock) {
            co__san_enter_g_fiber(w, g);
            unlock(g->unlock_arg);
            co__san_restore_fiber(w);
        }
        int s = CO__G_PARKING;
        if (!atomic_compare_exchange_strong(&g->state, &s, CO__G_WAITING)) {
            /* co__ready() came before we finished: it left g to us. */
            atomic_store(&g->state, CO__G_RUNNABLE);
            runq_put(w, g, true);
        }
        /* From here on g may already run elsewhere: do not touch it. */
        break;
    }
    case CO__WHY_EXIT: {
        bool is_main = g->is_main;
        co__san_g_destroy(w, g);
        co__stack_free(w, g);
        co__san_restore_fiber(w);
        if (is_main) {
            atomic_store(&co__S.main_done, true);
            atomic_store(&co__S.main_futex, 1);
            futex_wake(&co__S.main_futex, 1);
        }
        break;
    }
    default:
        abort();
    }
}

static void tick(co__worker *w)
{
    atomic_store_explicit(&w->schedtick, atomic_load_explicit(&w->schedtick, memory_order_relaxed) + 1,
                          memory_order_relaxed);
}

/* Next goroutine for a direct switch: local work only, and now and then
 * none, so the scheduler loop gets to check timers and the global queue. */
static co__g *next_local(co__worker *w)
{
    uint64_t t = atomic_load_explicit(&w->schedtick, memory_order_relaxed);
    if (t % 61 == 0 || (t % 8 == 0 && co__timers_pending()) ||
        atomic_load_explicit(&co__S.shutdown, memory_order_relaxed))
        return NULL;
    return runq_get(w);
}

/* Leave the running goroutine; returns when it is resumed, possibly on
 * another worker. */
static void g_switch_out(co__worker *w, co__g *g, int why)
{
    errno_save(w, g);
    g->why = why;
    co__g *next = next_local(w);
    w->prev = g;
    if (next) {
        w->cur = next;
        atomic_store_explicit(&next->state, CO__G_RUNNING, memory_order_relaxed);
        tick(w);
        next->worker = w;
        co__san_switch(w, g, next, why == CO__WHY_EXIT);
        co__mctx_switch(&g->ctx, &next->ctx);
    } else {
        w->cur = NULL;
        co__san_switch(w, g, NULL, why == CO__WHY_EXIT);
        co__mctx_switch(&g->ctx, &w->sched_ctx);
    }
    w = g->worker; /* we may have migrated */
    co__san_arrived(w, g);
    finish_prev(w);
    errno_restore(w, g);
}

static void g_entry(void *arg)
{
    co__g *g = arg;
    co__worker *w = g->worker;
    co__san_arrived(w, g);
    finish_prev(w);
    co__race_acquire(g); /* spawn happens-before the child's first step */
    errno = 0;
    g->fn(g->arg);
    g_exit(g);
}

static void g_exit(co__g *g)
{
    while (g->hooks) {
        co__exit_hook *h = g->hooks;
        g->hooks = h->next;
        h->fn(h);
    }
    co__race_release(g);
    if (g->is_main)
        co__race_release(&co__S.main_done);
    g_switch_out(co__self_worker(), g, CO__WHY_EXIT);
    __builtin_unreachable();
}

static void run_g(co__worker *w, co__g *g)
{
    w->cur = g;
    w->prev = NULL;
    atomic_store_explicit(&g->state, CO__G_RUNNING, memory_order_relaxed);
    tick(w);
    g->worker = w;
    co__san_switch(w, NULL, g, false);
    co__mctx_switch(&w->sched_ctx, &g->ctx);
    co__san_arrived(w, NULL);
    w->cur = NULL;
    finish_prev(w);
}

static void *worker_main(void *arg)
{
    co__worker *w = arg;
    tls_worker = w;
    w->errno_ptr = &errno;
    co__san_worker_init(w);
    co__stack_install_altstack(w);
    for (;;) {
        co__g *g = find_runnable(w);
        if (!g)
            break;
        run_g(w, g);
    }
    co__stack_drop_altstack(w);
    co__stack_flush_cache(w);
    atomic_store(&w->exited, true);
    return NULL;
}

/* ---- Public goroutine API ------------------------------------------------ */
/* Goroutine ids come to each worker in batches (as Go's goidcache), so
 * spawning on one worker does not bounce a shared counter with another. */
#define GOID_BATCH 16
static uint64_t new_goid(co__worker *w)
{
    if (!w)
        return atomic_fetch_add(&co__S.next_id, 1);
    if (w->goid_next == w->goid_end) {
        w->goid_next = atomic_fetch_add(&co__S.next_id, GOID_BATCH);
        w->goid_end = w->goid_next + GOID_BATCH;
    }
    return w->goid_next++;
}

static co__g *g_new(void (*fn)(void *), void *arg, uintptr_t pc)
{
    co__worker *w = co__self_worker();
    co__g *g = co__stack_alloc(w);
    if (!g)
        return NULL;
    g->fn = fn;
    g->arg = arg;
    g->spawn_pc = pc;
    g->gen = co__S.gen;
    g->id = new_goid(w);
    co__mctx_make(&g->ctx, g->stack_lo, g->stack_size, g_entry, g);
    co__san_g_create(g);
    atomic_store_explicit(&g->state, CO__G_RUNNABLE, memory_order_relaxed);
    return g;
}

int co_go(void (*fn)(void *arg), void *arg)
{
    uintptr_t pc = CO__CALLER_PC();
    if (!fn || !co__S.workers) { /* no function, or no co_main running */
        errno = EINVAL;
        return -1;
    }
    co__g *g = g_new(fn, arg, pc);
    if (!g)
        return -1;
    co__race_release(g);
    co__worker *w = co__self_worker();
    if (w)
        runq_put(w, g, true);
    else
        gq_push(g);
    co__wake_idle_worker();
    return 0;
}

void co_yield(void)
{
    co__worker *w = co__self_worker();
    co__g *g = w ? w->cur : NULL;
    if (!g)
        return;
    if (runq_empty(w) && atomic_load_explicit(&gq_len, memory_order_relaxed) == 0 &&
        !co__timers_pending())
        return; /* nothing else to run here */
    g_switch_out(w, g, CO__WHY_YIELD);
}

void co__park(void (*unlock)(void *arg), void *arg, co__wait_info info)
{
    co__worker *w = co__self_worker();
    co__g *g = w ? w->cur : NULL;
    if (!g) {
        co__write_err("co: fatal error: blocking operation outside a goroutine (call it inside co_main)\n");
        abort();
    }
    g->unlock = unlock;
    g->unlock_arg = arg;
    g->wait = info;
    int s = CO__G_RUNNING;
    if (!atomic_compare_exchange_strong(&g->state, &s, CO__G_PARKING)) {
        /* Readied before it parked (s == WAKEUP): do not sleep. */
        if (unlock)
            unlock(arg);
        atomic_store(&g->state, CO__G_RUNNING);
    } else {
        g_switch_out(w, g, CO__WHY_PARK);
    }
    co__race_acquire(g); /* the waker happens-before our return */
    g->wait.op = NULL;
}

void co__ready(co__g *g, bool next)
{
    co__race_release(g);
    for (;;) {
        int s = atomic_load(&g->state);
        if (s == CO__G_WAITING) {
            if (!atomic_compare_exchange_weak(&g->state, &s, CO__G_RUNNABLE))
                continue;
            co__worker *w = co__self_worker();
            if (w)
                runq_put(w, g, next);
            else
                gq_push(g);
            co__wake_idle_worker();
            return;
        }
        if (s == CO__G_PARKING || s == CO__G_RUNNING) {
            if (atomic_compare_exchange_weak(&g->state, &s, CO__G_WAKEUP))
                return;
            continue;
        }
        co__panic("co__ready: goroutine %llu is not parked (state %d)",
                  (unsigned long long)g->id, s);
    }
}

void co__on_exit(co__exit_hook *h)
{
    co__g *g = co__current();
    if (!g)
        return;
    h->next = g->hooks;
    g->hooks = h;
}

uint64_t co_goid(void) { return co__g_id(co__current()); }

/* ---- co_sleep: a timer node on the sleeper's stack. ---------------------- */
typedef struct sleeper {
    co__tnode t;
    co__g    *g;
    int64_t   when;
} sleeper;

static void sleep_fire(co__tnode *t, int64_t now)
{
    (void)now;
    co__ready(((sleeper *)t)->g, false);
}

static void sleep_arm(void *arg)
{
    sleeper *s = arg;
    co__timer_add(&s->t, s->when); /* after the switch: the fire may run at once */
}

void co_sleep(co_duration d)
{
    uintptr_t pc = CO__CALLER_PC();
    co__g *g = co__current();
    if (d <= 0 || !g) {
        if (g)
            co_yield();
        else if (d > 0) {
            struct timespec ts = { d / CO_SECOND, d % CO_SECOND };
            nanosleep(&ts, NULL);
        }
        return;
    }
    sleeper s;
    co__tnode_init(&s.t, sleep_fire);
    s.g = g;
    s.when = co_now() + d;
    co__park(sleep_arm, &s, (co__wait_info){ "sleep", NULL, pc });
}

/* ---- co_main ---------------------------------------------------------------- */
static long env_long(const char *name, long dflt)
{
    const char *s = getenv(name);
    if (!s || !*s)
        return dflt;
    char *end;
    long v = strtol(s, &end, 10);
    return *end ? dflt : v;
}

static void sched_init(void)
{
    long procs = env_long("CO_PROCS", 0);
    if (procs <= 0)
        procs = sysconf(_SC_NPROCESSORS_ONLN);
    if (procs <= 0)
        procs = 1;
    if (procs > 256)
        procs = 256;
    const char *seed = getenv("CO_SEED");
    if (seed && *seed) {
        co__S.seed = strtoull(seed, NULL, 0);
        co__S.seeded = true;
    } else {
        uint64_t r = 0;
        if (getrandom(&r, sizeof r, GRND_NONBLOCK) != sizeof r)
            r = (uint64_t)co_now() ^ (uint64_t)getpid();
        co__S.seed = r;
        co__S.seeded = false;
    }
    if (co__S.workers) { /* a previous co_main's workers: free them once all have exited */
        bool all_exited = true;
        for (int i = 0; i < co__S.nprocs; i++)
            all_exited &= atomic_load(&co__S.workers[i].exited);
        if (all_exited)
            free(co__S.workers); /* else a detached one may still run on it */
    }
    co__S.nprocs = (int)procs;
    co__S.workers = calloc((size_t)procs, sizeof(co__worker));
    if (!co__S.workers) {
        co__write_err("co: fatal error: out of memory\n");
        abort();
    }
    for (int i = 0; i < procs; i++) {
        co__S.workers[i].idx = i;
        co__S.workers[i].rng = splitmix64(co__S.seed + (uint64_t)i + 1) | 1;
    }
    atomic_store(&co__S.main_done, false);
    atomic_store(&co__S.shutdown, false);
    atomic_store(&co__S.nidle, 0);
    atomic_store(&co__S.nspinning, 0);
    atomic_store(&co__S.next_id, 1);
    atomic_store(&co__S.main_futex, 0);
    gq_head = gq_tail = NULL;
    atomic_store(&gq_len, 0);
    idle_list = NULL;
    co__S.gen++;
    co__stack_init();
    co__timers_reset();
    co__leak_reset();
}

int co_main(void (*fn)(void *arg), void *arg)
{
    uintptr_t pc = CO__CALLER_PC();
    sched_init();
    co__g *g = g_new(fn, arg, pc);
    if (!g) {
        co__write_err("co: fatal error: cannot allocate the main goroutine\n");
        abort();
    }
    g->is_main = true;
    co__race_release(g); /* what the caller did happens-before fn runs */
    gq_push(g);
    for (int i = 0; i < co__S.nprocs; i++) {
        co__worker *w = &co__S.workers[i];
        if (pthread_create(&w->thread, NULL, worker_main, w) != 0) {
            co__write_err("co: fatal error: cannot create worker thread\n");
            abort();
        }
    }
    while (!atomic_load(&co__S.main_done))
        futex_wait(&co__S.main_futex, 0, -1);
    co__race_acquire(&co__S.main_done); /* fn's effects happen-before co_main returns */

    int rc = 0;
    const char *lc = getenv("CO_LEAKCHECK");
    if (lc && *lc && strcmp(lc, "0") != 0) {
        long grace_ms = env_long("CO_LEAKCHECK_GRACE_MS", 100);
        int64_t deadline = co_now() + grace_ms * CO_MILLISECOND;
        while (co__stack_live_count() > 0 && co_now() < deadline) {
            struct timespec ts = { 0, 1000000 };
            nanosleep(&ts, NULL);
        }
        rc = co__leakcheck();
    }

    /* Abandon the remaining goroutines, as Go does; stop the workers that
     * reach a scheduling point, and leave the others running detached. */
    atomic_store(&co__S.shutdown, true);
    wake_all_workers();
    for (int i = 0; i < co__S.nprocs; i++) {
        co__worker *w = &co__S.workers[i];
        struct timespec ts;
        clock_gettime(CLOCK_REALTIME, &ts);
        ts.tv_nsec += 100000000;
        if (ts.tv_nsec >= 1000000000) {
            ts.tv_sec++;
            ts.tv_nsec -= 1000000000;
        }
        if (pthread_timedjoin_np(w->thread, NULL, &ts) != 0)
            pthread_detach(w->thread);
    }
    return rc;
}
