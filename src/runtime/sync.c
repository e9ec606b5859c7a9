/* sync.c: WaitGroup, Mutex, RWMutex, Cond and Once, as Go's sync package.
 * All are parking primitives over a spinlock-protected FIFO of waiter
 * records (in the waiters' wait slots, see co__g_wait_slot); all-zero memory is a valid initial
 * state. The mutex has a one-CAS fast path and Go's starvation mode: a
 * waiter that waited over 1 ms gets the lock handed to it directly. */
#include "chan_internal.h" /* CO__RACE_* */

#include <stdlib.h>

/* ---- Waiter queue over co__waitq ---------------------------------------- */

typedef struct waiter {
    struct waiter *next;
    co__g *g;
    bool   handoff; /* the waker transferred ownership (mutex, rwmutex) */
} waiter;

static void q_push(co__waitq *q, waiter *w)
{
    w->next = NULL;
    if (q->tail)
        ((waiter *)q->tail)->next = w;
    else
        q->head = w;
    q->tail = w;
}

static void q_push_front(co__waitq *q, waiter *w)
{
    w->next = q->head;
    q->head = w;
    if (!q->tail)
        q->tail = w;
}

static waiter *q_pop(co__waitq *q)
{
    waiter *w = q->head;
    if (w) {
        q->head = w->next;
        if (!q->head)
            q->tail = NULL;
    }
    return w;
}

/* Detaches the whole queue; wake_list() readies it after the lock drops. */
static waiter *q_take_all(co__waitq *q)
{
    waiter *w = q->head;
    q->head = q->tail = NULL;
    return w;
}

static void wake_list(waiter *w)
{
    while (w) {
        waiter *next = w->next; /* w is reused once its goroutine runs */
        co__ready(w->g, false);
        w = next;
    }
}

/* The running goroutine's waiter record (it waits in one queue at a time). */
static waiter *my_waiter(void)
{
    _Static_assert(sizeof(waiter) <= CO__WAIT_SLOT, "a waiter must fit a goroutine's wait slot");
    co__g *me = co__current();
    waiter *w = co__g_wait_slot(me);
    *w = (waiter){ .g = me };
    return w;
}

static void park_on(co__waitq *q, unsigned *lock, const char *op, const void *obj, uintptr_t pc)
{
    waiter *w = my_waiter();
    q_push(q, w);
    co__park(co__spin_unlock_cb, lock, (co__wait_info){ op, obj, pc });
}

/* ---- WaitGroup ----------------------------------------------------------- */

/* As Go's: the counter and the number of waiters share one word, so Add
 * and Done are a single atomic add; only the Done that brings the counter
 * to zero with waiters present takes the lock. A waiter registers (CAS on
 * the word) and queues itself under the lock, so that Done finds it
 * queued. */
static inline int wg_count(uint64_t state) { return (int)(int32_t)(uint32_t)(state >> 32); }
static inline unsigned wg_waiters(uint64_t state) { return (unsigned)state; }

static void wg_add(co_waitgroup *wg, int delta, uintptr_t pc)
{
    CO__RACE_RELEASE(wg);
    uint64_t add = (uint64_t)(uint32_t)delta << 32;
    uint64_t state = __atomic_add_fetch(&wg->co__state, add, __ATOMIC_ACQ_REL);
    int v = wg_count(state);
    if (v < 0)
        co__panic_at(pc, "sync: negative WaitGroup counter");
    if (v > 0 || wg_waiters(state) == 0)
        return;
    co__spin_lock(&wg->co__lock);
    /* Waiters register only under the lock: all of them are queued. */
    state = __atomic_load_n(&wg->co__state, __ATOMIC_ACQUIRE);
    waiter *woken = NULL;
    if (wg_count(state) == 0 && wg_waiters(state)) {
        __atomic_fetch_sub(&wg->co__state, (uint64_t)wg_waiters(state), __ATOMIC_ACQ_REL);
        woken = q_take_all(&wg->co__q);
    }
    co__spin_unlock(&wg->co__lock);
    wake_list(woken);
}

void co_wg_add(co_waitgroup *wg, int delta) { wg_add(wg, delta, CO__CALLER_PC()); }
void co_wg_done(co_waitgroup *wg) { wg_add(wg, -1, CO__CALLER_PC()); }

void co_wg_wait(co_waitgroup *wg)
{
    uintptr_t pc = CO__CALLER_PC();
    if (wg_count(__atomic_load_n(&wg->co__state, __ATOMIC_ACQUIRE)) == 0) {
        CO__RACE_ACQUIRE(wg);
        return;
    }
    co__spin_lock(&wg->co__lock);
    uint64_t state = __atomic_load_n(&wg->co__state, __ATOMIC_ACQUIRE);
    for (;;) {
        if (wg_count(state) == 0) {
            co__spin_unlock(&wg->co__lock);
            CO__RACE_ACQUIRE(wg);
            return;
        }
        if (__atomic_compare_exchange_n(&wg->co__state, &state, state + 1, false,
                                        __ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE))
            break;
    }
    park_on(&wg->co__q, &wg->co__lock, "sync.WaitGroup.Wait", wg, pc);
    /* As Go: an Add between the wake-up and our return is a reuse. */
    if (wg_count(__atomic_load_n(&wg->co__state, __ATOMIC_ACQUIRE)) != 0)
        co__panic_at(pc, "sync: WaitGroup is reused before previous Wait has returned");
    CO__RACE_ACQUIRE(wg);
}

/* ---- Mutex ---------------------------------------------------------------- *
 * state bits; the queue (and every slow-path change of state) is guarded by
 * co__lock, the fast paths touch only state with a single CAS. */
enum {
    M_LOCKED = 1u,
    M_WOKEN = 2u,    /* a woken waiter is on its way: unlock need not wake another */
    M_STARVING = 4u, /* unlock hands the lock to the queue head */
    M_WAITERS = 8u,  /* the queue is not empty */
};
#define STARVE_NS (1 * CO_MILLISECOND)

static bool cas_state(co_mutex *m, unsigned *old, unsigned new)
{
    return __atomic_compare_exchange_n(&m->co__state, old, new, false, __ATOMIC_ACQ_REL, __ATOMIC_RELAXED);
}

CO__NOINLINE static void mutex_lock_slow(co_mutex *m, uintptr_t pc)
{
    int64_t start = 0;
    bool woken = false;
    for (;;) {
        co__spin_lock(&m->co__lock);
        if (woken)
            __atomic_fetch_and(&m->co__state, ~M_WOKEN, __ATOMIC_RELAXED);
        unsigned s = __atomic_load_n(&m->co__state, __ATOMIC_RELAXED);
        if (!(s & M_LOCKED)) {
            bool got = cas_state(m, &s, s | M_LOCKED);
            co__spin_unlock(&m->co__lock);
            if (got)
                break;
            continue;
        }
        unsigned ns = s | M_WAITERS;
        if (woken && co_now() - start > STARVE_NS)
            ns |= M_STARVING;
        if (!cas_state(m, &s, ns)) {
            co__spin_unlock(&m->co__lock);
            continue;
        }
        if (!start)
            start = co_now();
        waiter *w = my_waiter();
        if (woken)
            q_push_front(&m->co__q, w); /* a woken waiter that lost keeps its place */
        else
            q_push(&m->co__q, w);
        co__park(co__spin_unlock_cb, &m->co__lock, (co__wait_info){ "sync.Mutex.Lock", m, pc });
        if (w->handoff) { /* unlock left M_LOCKED set for us */
            if (co_now() - start < STARVE_NS) /* leave starvation mode once waits are short again */
                __atomic_fetch_and(&m->co__state, ~M_STARVING, __ATOMIC_RELAXED);
            break;
        }
        woken = true;
    }
}

static inline void mutex_lock(co_mutex *m, uintptr_t pc)
{
    unsigned unlocked = 0;
    if (!cas_state(m, &unlocked, M_LOCKED))
        mutex_lock_slow(m, pc);
    CO__RACE_ACQUIRE(m);
}

CO__NOINLINE static void mutex_unlock_slow(co_mutex *m, uintptr_t pc)
{
    co__spin_lock(&m->co__lock);
    for (;;) {
        unsigned s = __atomic_load_n(&m->co__state, __ATOMIC_RELAXED);
        if (!(s & M_LOCKED)) {
            co__spin_unlock(&m->co__lock);
            co__panic_at(pc, "sync: unlock of unlocked mutex");
        }
        waiter *w = NULL;
        unsigned ns;
        if ((s & M_STARVING) && m->co__q.head) {
            w = m->co__q.head;
            ns = s; /* stays locked: ownership passes to w */
            if (!w->next)
                ns &= ~(M_WAITERS | M_STARVING);
        } else if (!(s & M_WAITERS) || (s & M_WOKEN) || !m->co__q.head) {
            ns = s & ~(M_LOCKED | M_STARVING);
        } else {
            w = m->co__q.head;
            ns = (s & ~M_LOCKED) | M_WOKEN;
            if (!w->next)
                ns &= ~M_WAITERS;
        }
        if (!cas_state(m, &s, ns))
            continue;
        if (w) {
            q_pop(&m->co__q);
            w->handoff = (s & M_STARVING) != 0;
        }
        co__spin_unlock(&m->co__lock);
        if (w)
            co__ready(w->g, true);
        return;
    }
}

static inline void mutex_unlock(co_mutex *m, uintptr_t pc)
{
    CO__RACE_RELEASE(m);
    unsigned locked = M_LOCKED;
    if (cas_state(m, &locked, 0))
        return;
    if (!(locked & M_LOCKED))
        co__panic_at(pc, "sync: unlock of unlocked mutex");
    mutex_unlock_slow(m, pc);
}

void co_mutex_lock(co_mutex *m) { mutex_lock(m, CO__CALLER_PC()); }
void co_mutex_unlock(co_mutex *m) { mutex_unlock(m, CO__CALLER_PC()); }

bool co_mutex_trylock(co_mutex *m)
{
    unsigned s = __atomic_load_n(&m->co__state, __ATOMIC_RELAXED);
    while (!(s & M_LOCKED)) {
        if (cas_state(m, &s, s | M_LOCKED)) {
            CO__RACE_ACQUIRE(m);
            return true;
        }
    }
    return false;
}

/* ---- RWMutex ---------------------------------------------------------------- *
 * Writer-preferring: once a writer waits, new readers queue behind it; a
 * writer's unlock admits every queued reader first, so neither side starves. */

void co_rwmutex_rlock(co_rwmutex *rw)
{
    uintptr_t pc = CO__CALLER_PC();
    co__spin_lock(&rw->co__lock);
    if (!rw->co__writer && !rw->co__writers_waiting) {
        rw->co__readers++;
        co__spin_unlock(&rw->co__lock);
    } else {
        park_on(&rw->co__rq, &rw->co__lock, "sync.RWMutex.RLock", rw, pc);
    }
    CO__RACE_ACQUIRE(rw);
}

bool co_rwmutex_tryrlock(co_rwmutex *rw)
{
    co__spin_lock(&rw->co__lock);
    bool ok = !rw->co__writer && !rw->co__writers_waiting;
    if (ok)
        rw->co__readers++;
    co__spin_unlock(&rw->co__lock);
    if (ok)
        CO__RACE_ACQUIRE(rw);
    return ok;
}

void co_rwmutex_runlock(co_rwmutex *rw)
{
    uintptr_t pc = CO__CALLER_PC();
    CO__RACE_RELEASE(&rw->co__readers); /* readers do not order each other */
    co__spin_lock(&rw->co__lock);
    if (rw->co__readers <= 0) {
        co__spin_unlock(&rw->co__lock);
        co__panic_at(pc, "sync: RUnlock of unlocked RWMutex");
    }
    waiter *w = NULL;
    if (--rw->co__readers == 0 && (w = q_pop(&rw->co__wq))) {
        rw->co__writers_waiting--;
        rw->co__writer = 1;
    }
    co__spin_unlock(&rw->co__lock);
    if (w)
        co__ready(w->g, true);
}

void co_rwmutex_lock(co_rwmutex *rw)
{
    uintptr_t pc = CO__CALLER_PC();
    co__spin_lock(&rw->co__lock);
    if (!rw->co__writer && rw->co__readers == 0) {
        rw->co__writer = 1;
        co__spin_unlock(&rw->co__lock);
    } else {
        rw->co__writers_waiting++;
        park_on(&rw->co__wq, &rw->co__lock, "sync.RWMutex.Lock", rw, pc);
    }
    CO__RACE_ACQUIRE(rw);
    CO__RACE_ACQUIRE(&rw->co__readers);
}

bool co_rwmutex_trylock(co_rwmutex *rw)
{
    co__spin_lock(&rw->co__lock);
    bool ok = !rw->co__writer && rw->co__readers == 0;
    if (ok)
        rw->co__writer = 1;
    co__spin_unlock(&rw->co__lock);
    if (ok) {
        CO__RACE_ACQUIRE(rw);
        CO__RACE_ACQUIRE(&rw->co__readers);
    }
    return ok;
}

void co_rwmutex_unlock(co_rwmutex *rw)
{
    uintptr_t pc = CO__CALLER_PC();
    CO__RACE_RELEASE(rw);
    co__spin_lock(&rw->co__lock);
    if (!rw->co__writer) {
        co__spin_unlock(&rw->co__lock);
        co__panic_at(pc, "sync: Unlock of unlocked RWMutex");
    }
    rw->co__writer = 0;
    waiter *readers = q_take_all(&rw->co__rq), *writer = NULL;
    if (readers) {
        for (waiter *w = readers; w; w = w->next)
            rw->co__readers++;
    } else if ((writer = q_pop(&rw->co__wq))) {
        rw->co__writers_waiting--;
        rw->co__writer = 1;
    }
    co__spin_unlock(&rw->co__lock);
    wake_list(readers);
    if (writer)
        co__ready(writer->g, true);
}

/* ---- Cond ------------------------------------------------------------------- */

void co_cond_wait(co_cond *c, co_mutex *m)
{
    uintptr_t pc = CO__CALLER_PC();
    co__spin_lock(&c->co__lock);
    q_push(&c->co__q, my_waiter());
    /* Unlock m while we are already queued, so a signal sent right after
     * cannot be missed; the cond lock is dropped only once we are parked. */
    mutex_unlock(m, pc);
    co__park(co__spin_unlock_cb, &c->co__lock, (co__wait_info){ "sync.Cond.Wait", c, pc });
    CO__RACE_ACQUIRE(c);
    mutex_lock(m, pc);
}

void co_cond_signal(co_cond *c)
{
    CO__RACE_RELEASE(c);
    co__spin_lock(&c->co__lock);
    waiter *w = q_pop(&c->co__q);
    co__spin_unlock(&c->co__lock);
    if (w)
        co__ready(w->g, false);
}

void co_cond_broadcast(co_cond *c)
{
    CO__RACE_RELEASE(c);
    co__spin_lock(&c->co__lock);
    waiter *w = q_take_all(&c->co__q);
    co__spin_unlock(&c->co__lock);
    wake_list(w);
}

/* ---- Once ------------------------------------------------------------------- */

CO__NOINLINE static void once_slow(co_once *o, void (*fn)(void *), void *arg, uintptr_t pc)
{
    co__spin_lock(&o->co__lock);
    if (o->co__done) {
        co__spin_unlock(&o->co__lock);
    } else if (o->co__running) {
        park_on(&o->co__q, &o->co__lock, "sync.Once.Do", o, pc); /* woken once fn returned */
    } else {
        o->co__running = 1;
        co__spin_unlock(&o->co__lock);
        fn(arg);
        CO__RACE_RELEASE(o);
        co__spin_lock(&o->co__lock);
        __atomic_store_n(&o->co__done, 1u, __ATOMIC_RELEASE);
        o->co__running = 0;
        waiter *woken = q_take_all(&o->co__q);
        co__spin_unlock(&o->co__lock);
        wake_list(woken);
        return;
    }
    CO__RACE_ACQUIRE(o);
}

void co_once_do(co_once *o, void (*fn)(void *arg), void *arg)
{
    if (__atomic_load_n(&o->co__done, __ATOMIC_ACQUIRE)) {
        CO__RACE_ACQUIRE(o);
        return;
    }
    once_slow(o, fn, arg, CO__CALLER_PC());
}
