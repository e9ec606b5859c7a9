/* timer.c: timers, tickers, co_after and co_tick on the core's timer heap.
 * Each owns a capacity-1 channel of int64_t (co_now() at firing); a fire
 * never blocks, it drops the value when the channel is full, as Go does.
 * Stopped timers are poisoned and kept in a small quarantine before being
 * freed, so stopping one twice is caught as a panic instead of corrupting
 * memory (beyond the quarantine it is an undetected use-after-free). */
#include "chan_internal.h"

#include <stdlib.h>

enum {
    TIMER_MAGIC = 0x54494d52u,  /* "TIMR" */
    TICKER_MAGIC = 0x5449434bu, /* "TICK" */
    DEAD_MAGIC = 0xdeadf1edu,
};

struct co_timer {
    uint32_t    magic;
    co_duration period; /* > 0 for tickers */
    co_chan    *ch;
    co__tnode   node;
    co__leak_rec leak;
};
struct co_ticker {
    struct co_timer t;
};

#define NODE_TIMER(n) ((struct co_timer *)((char *)(n) - offsetof(struct co_timer, node)))

static void timer_fired(co__tnode *n, int64_t now)
{
    struct co_timer *t = NODE_TIMER(n);
    CO__RACE_ACQUIRE(t); /* the scheduler fiber sees the creator's (or resetter's) writes */
    co__chan_offer(t->ch, &now); /* dropped if the reader has not taken the last one */
    if (t->period > 0) {
        /* Next tick on the original grid; skip the ticks a slow reader missed. */
        int64_t next = n->when + t->period;
        if (next <= now)
            next += ((now - next) / t->period + 1) * t->period;
        co__timer_add(n, next);
    }
    CO__RACE_RELEASE(t); /* ... and stop/reset, after del, see ours */
}

static int64_t deadline_after(co_duration d)
{
    int64_t now = co_now();
    if (d < 0)
        d = 0;
    return d > INT64_MAX - now ? INT64_MAX : now + d;
}

static struct co_timer *timer_make(co_duration d, co_duration period, uint32_t magic, uintptr_t pc)
{
    struct co_timer *t = calloc(1, sizeof *t);
    if (!t)
        co__panic_at(pc, "timer: out of memory");
    t->magic = magic;
    t->period = period;
    t->ch = co_chan_make(sizeof(int64_t), 1);
    co__tnode_init(&t->node, timer_fired);
    CO__RACE_RELEASE(t);
    co__timer_add(&t->node, deadline_after(d));
    return t;
}

/* ---- Quarantine of stopped timers --------------------------------------- */

#define QUARANTINE 256
static unsigned quarantine_lock;
static struct co_timer *quarantine[QUARANTINE];
static size_t quarantine_next;

static void timer_retire(struct co_timer *t)
{
    co_chan_free(t->ch);
    t->ch = NULL;
    t->magic = DEAD_MAGIC;
    CO__RACE_RELEASE(t); /* whoever evicts it frees it: order that after our use */
    co__spin_lock(&quarantine_lock);
    struct co_timer *evicted = quarantine[quarantine_next];
    quarantine[quarantine_next] = t;
    quarantine_next = (quarantine_next + 1) % QUARANTINE;
    co__spin_unlock(&quarantine_lock);
    if (evicted) {
        CO__RACE_ACQUIRE(evicted);
        free(evicted);
    }
}

static void check(const struct co_timer *t, uint32_t magic, const char *what, uintptr_t pc)
{
    if (t->magic == magic)
        return;
    if (t->magic == DEAD_MAGIC)
        co__panic_at(pc, "%s: %s already stopped", what, magic == TIMER_MAGIC ? "timer" : "ticker");
    co__panic_at(pc, "%s: not a live %s", what, magic == TIMER_MAGIC ? "timer" : "ticker");
}

/* ---- Timers ----------------------------------------------------------------- */

co_timer *co_timer_new(co_duration d)
{
    uintptr_t pc = CO__CALLER_PC();
    struct co_timer *t = timer_make(d, 0, TIMER_MAGIC, pc);
    co__leak_register(&t->leak, CO__LEAK_TIMER, pc);
    return t;
}

co_chan *co_timer_chan(co_timer *t)
{
    check(t, TIMER_MAGIC, "co_timer_chan", CO__CALLER_PC());
    return t->ch;
}

bool co_timer_reset(co_timer *t, co_duration d)
{
    check(t, TIMER_MAGIC, "co_timer_reset", CO__CALLER_PC());
    /* After del the fire callback is not running, so nothing refills the
     * channel between the drain and the re-arm. */
    bool pending = co__timer_del(&t->node);
    CO__RACE_ACQUIRE(t);
    co__chan_drain_one(t->ch);
    CO__RACE_RELEASE(t);
    co__timer_add(&t->node, deadline_after(d));
    return pending;
}

bool co_timer_stop(co_timer *t)
{
    if (!t)
        return false;
    check(t, TIMER_MAGIC, "co_timer_stop", CO__CALLER_PC());
    bool pending = co__timer_del(&t->node);
    CO__RACE_ACQUIRE(t);
    co__leak_unregister(&t->leak);
    timer_retire(t);
    return pending;
}

/* ---- Tickers ---------------------------------------------------------------- */

/* A ticker's callback re-arms it. If it was running while the first del
 * waited for it, its re-arm is undone by the second. */
static void ticker_disarm(struct co_timer *t)
{
    co__timer_del(&t->node);
    co__timer_del(&t->node);
}

co_ticker *co_ticker_new(co_duration period)
{
    uintptr_t pc = CO__CALLER_PC();
    if (period <= 0)
        co__panic_at(pc, "non-positive interval for co_ticker_new");
    struct co_timer *t = timer_make(period, period, TICKER_MAGIC, pc);
    co__leak_register(&t->leak, CO__LEAK_TICKER, pc);
    return (co_ticker *)t;
}

co_chan *co_ticker_chan(co_ticker *tk)
{
    check(&tk->t, TICKER_MAGIC, "co_ticker_chan", CO__CALLER_PC());
    return tk->t.ch;
}

void co_ticker_reset(co_ticker *tk, co_duration period)
{
    uintptr_t pc = CO__CALLER_PC();
    check(&tk->t, TICKER_MAGIC, "co_ticker_reset", pc);
    if (period <= 0)
        co__panic_at(pc, "non-positive interval for co_ticker_reset");
    ticker_disarm(&tk->t);
    CO__RACE_ACQUIRE(&tk->t);
    tk->t.period = period;
    CO__RACE_RELEASE(&tk->t);
    co__timer_add(&tk->t.node, deadline_after(period));
}

void co_ticker_stop(co_ticker *tk)
{
    if (!tk)
        return;
    check(&tk->t, TICKER_MAGIC, "co_ticker_stop", CO__CALLER_PC());
    ticker_disarm(&tk->t);
    CO__RACE_ACQUIRE(&tk->t);
    co__leak_unregister(&tk->t.leak);
    timer_retire(&tk->t);
}

/* ---- co_after / co_tick ------------------------------------------------------ */

typedef struct after_rec {
    co__exit_hook hook; /* first: the hook pointer is the record */
    co__tnode     node;
    co_chan      *ch;
} after_rec;

static void after_fired(co__tnode *n, int64_t now)
{
    after_rec *a = (after_rec *)((char *)n - offsetof(after_rec, node));
    CO__RACE_ACQUIRE(a);
    co__chan_offer(a->ch, &now);
    CO__RACE_RELEASE(a);
}

static void after_reclaim(co__exit_hook *h)
{
    after_rec *a = (after_rec *)h;
    co__timer_del(&a->node);
    CO__RACE_ACQUIRE(a);
    co_chan_free(a->ch);
    free(a);
}

co_chan *co_after(co_duration d)
{
    after_rec *a = calloc(1, sizeof *a);
    if (!a)
        co__panic_at(CO__CALLER_PC(), "co_after: out of memory");
    a->ch = co_chan_make(sizeof(int64_t), 1);
    a->hook.fn = after_reclaim;
    co__on_exit(&a->hook);
    co__tnode_init(&a->node, after_fired);
    CO__RACE_RELEASE(a);
    co__timer_add(&a->node, deadline_after(d));
    return a->ch;
}

co_chan *co_tick(co_duration period)
{
    if (period <= 0)
        return NULL; /* as Go's time.Tick: a nil channel */
    /* Never stopped and never reported: it lives as long as the process. */
    return timer_make(period, period, TICKER_MAGIC, CO__CALLER_PC())->ch;
}
