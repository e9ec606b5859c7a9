/* ctx.c: Go-style contexts. A tree of reference-counted nodes: a child holds
 * a reference on its parent, the creator's reference is dropped by
 * co_cancel. Cancelling a node cancels every descendant and closes their
 * done channels; deadlines fire through the timer heap. One global spinlock
 * guards the tree shape and the err fields; channels are closed and timers
 * stopped outside it.
 *
 * A context whose last reference is dropped is not freed at once: it is
 * marked dead and kept, with its done channel, in a small quarantine. A
 * goroutine woken by the cancel may still be leaving the select that waited
 * on the done channel (its memory must stay valid), and a goroutine that
 * uses the context after that without having retained it gets a clear panic
 * instead of a use-after-free (beyond the quarantine it is undetected). */
#include "chan_internal.h"

#include <stdlib.h>

struct co_ctx {
    atomic_int refs;
    bool       dead;             /* last reference dropped: in the quarantine */
    int        err;              /* 0 until cancelled; written under tree_lock */
    bool       is_background;
    bool       has_timer;
    atomic_bool creator_dropped; /* co_cancel ran (makes copies of the fn harmless) */
    int64_t    deadline;         /* INT64_MAX: none */
    co_ctx    *parent;
    co_ctx    *children;         /* not-yet-cancelled children (tree_lock) */
    co_ctx    *sib_prev, *sib_next;
    bool       linked;           /* in parent->children */
    co_ctx    *work_next;        /* scratch list of one cancellation */
    co_chan   *done;
    co__tnode  timer;
    co__leak_rec leak;
};

static unsigned tree_lock;
static co_ctx background = { .is_background = true, .deadline = INT64_MAX };

co_ctx *co_background(void) { return &background; }

static void check_alive(const co_ctx *c, const char *what, uintptr_t pc);

co_ctx *co_ctx_retain(co_ctx *c)
{
    check_alive(c, "co_ctx_retain", CO__CALLER_PC());
    if (c && !c->is_background)
        atomic_fetch_add_explicit(&c->refs, 1, memory_order_relaxed);
    return c;
}

#define QUARANTINE 256
static unsigned quarantine_lock;
static co_ctx *quarantine[QUARANTINE];
static size_t quarantine_next;

static void ctx_retire(co_ctx *c)
{
    __atomic_store_n(&c->dead, true, __ATOMIC_RELEASE);
    CO__RACE_RELEASE(c); /* whoever evicts it frees it: order that after our use */
    co__spin_lock(&quarantine_lock);
    co_ctx *evicted = quarantine[quarantine_next];
    quarantine[quarantine_next] = c;
    quarantine_next = (quarantine_next + 1) % QUARANTINE;
    co__spin_unlock(&quarantine_lock);
    if (evicted) {
        CO__RACE_ACQUIRE(evicted);
        co_chan_free(evicted->done);
        free(evicted);
    }
}

/* Every public entry point taking a context checks it is still alive. */
static void check_alive(const co_ctx *c, const char *what, uintptr_t pc)
{
    if (c && __atomic_load_n(&c->dead, __ATOMIC_ACQUIRE))
        co__panic_at(pc, "%s: context used after its last reference was dropped (a goroutine that may "
                     "outlive its creator's co_cancel must hold its own: co_ctx_retain / co_ctx_release)", what);
}

void co_ctx_release(co_ctx *c)
{
    check_alive(c, "co_ctx_release", CO__CALLER_PC());
    /* Iterative: dropping the last reference on a child drops one on its parent. */
    while (c && !c->is_background) {
        if (atomic_fetch_sub_explicit(&c->refs, 1, memory_order_acq_rel) != 1)
            return;
        co_ctx *parent = c->parent;
        ctx_retire(c);
        c = parent;
    }
}

static void unlink_child(co_ctx *c)
{
    if (!c->linked)
        return;
    if (c->sib_prev)
        c->sib_prev->sib_next = c->sib_next;
    else
        c->parent->children = c->sib_next;
    if (c->sib_next)
        c->sib_next->sib_prev = c->sib_prev;
    c->sib_prev = c->sib_next = NULL;
    c->linked = false;
}

static void set_err(co_ctx *c, int err)
{
    CO__RACE_RELEASE(c);
    __atomic_store_n(&c->err, err, __ATOMIC_RELEASE);
}

/* Cancels root and every descendant not cancelled yet. From a timer
 * callback (from_timer) the descendants' own timers are left pending: they
 * fire harmlessly later or are stopped by their co_cancel. No recursion, so
 * deep trees are fine on the scheduler stack. */
static void cancel_tree(co_ctx *root, int err, bool from_timer)
{
    co__spin_lock(&tree_lock);
    if (root->err) {
        co__spin_unlock(&tree_lock);
        return;
    }
    set_err(root, err);
    unlink_child(root);
    root->work_next = NULL;
    co_ctx *tail = root;
    for (co_ctx *c = root; c; c = c->work_next) {
        co_ctx_retain(c); /* keeps c alive until phase two is done with it */
        for (co_ctx *k = c->children; k; k = k->sib_next) {
            set_err(k, err);
            k->linked = false;
            k->work_next = NULL;
            tail->work_next = k;
            tail = k;
        }
        c->children = NULL;
    }
    co__spin_unlock(&tree_lock);

    for (co_ctx *c = root, *next; c; c = next) {
        next = c->work_next;
        co__chan_close_quiet(c->done);
        if (!from_timer && c->has_timer)
            co__timer_del(&c->timer);
        co_ctx_release(c);
    }
}

static void deadline_fired(co__tnode *t, int64_t now)
{
    (void)now;
    co_ctx *c = (co_ctx *)((char *)t - offsetof(co_ctx, timer));
    CO__RACE_ACQUIRE(&c->timer); /* the creator's writes, for the scheduler fiber */
    cancel_tree(c, CO_DEADLINE_EXCEEDED, true);
    CO__RACE_RELEASE(&c->timer);
}

static co_ctx *ctx_new(co_ctx *parent, int64_t deadline, co_cancel_fn *cancel, uintptr_t pc)
{
    if (!parent)
        co__panic_at(pc, "cannot create context from nil parent");
    check_alive(parent, "co_with_*", pc);
    if (!cancel)
        co__panic_at(pc, "context created with a NULL co_cancel_fn: it could never be cancelled");
    co_ctx *c = calloc(1, sizeof *c);
    if (!c)
        co__panic_at(pc, "context: out of memory");
    atomic_init(&c->refs, 1); /* the creator's, dropped by co_cancel */
    atomic_init(&c->creator_dropped, false);
    c->done = co_chan_make(0, 0);
    c->parent = co_ctx_retain(parent);
    /* A parent that expires first cancels us anyway: no timer of our own. */
    c->has_timer = deadline < parent->deadline;
    c->deadline = c->has_timer ? deadline : parent->deadline;
    co__tnode_init(&c->timer, deadline_fired);
    co__leak_register(&c->leak, CO__LEAK_CONTEXT, pc);

    co__spin_lock(&tree_lock);
    int inherited = parent->err;
    if (inherited) {
        c->err = inherited;
    } else if (!parent->is_background) {
        c->sib_next = parent->children;
        if (c->sib_next)
            c->sib_next->sib_prev = c;
        parent->children = c;
        c->linked = true;
    }
    co__spin_unlock(&tree_lock);

    cancel->ctx = c;
    if (inherited) {
        CO__RACE_ACQUIRE(parent);
        co__chan_close_quiet(c->done);
    } else if (c->has_timer) {
        if (deadline <= co_now())
            cancel_tree(c, CO_DEADLINE_EXCEEDED, false);
        else {
            CO__RACE_RELEASE(&c->timer);
            co__timer_add(&c->timer, deadline);
        }
    }
    return c;
}

co_ctx *co_with_cancel(co_ctx *parent, co_cancel_fn *cancel)
{
    return ctx_new(parent, INT64_MAX, cancel, CO__CALLER_PC());
}

co_ctx *co_with_deadline(co_ctx *parent, int64_t deadline, co_cancel_fn *cancel)
{
    return ctx_new(parent, deadline, cancel, CO__CALLER_PC());
}

co_ctx *co_with_timeout(co_ctx *parent, co_duration d, co_cancel_fn *cancel)
{
    int64_t now = co_now();
    int64_t deadline = d > INT64_MAX - now ? INT64_MAX - 1 : now + d;
    return ctx_new(parent, deadline, cancel, CO__CALLER_PC());
}

co_chan *co_ctx_done(co_ctx *c)
{
    check_alive(c, "co_ctx_done", CO__CALLER_PC());
    return c ? c->done : NULL;
}

int co_ctx_err(co_ctx *c)
{
    if (!c)
        return 0;
    check_alive(c, "co_ctx_err", CO__CALLER_PC());
    int err = __atomic_load_n(&c->err, __ATOMIC_ACQUIRE);
    if (err)
        CO__RACE_ACQUIRE(c);
    return err;
}

void co_cancel(co_cancel_fn *cancel)
{
    if (!cancel)
        return;
    /* Exchange, so concurrent co_cancel calls on one fn cancel once. */
    co_ctx *c = __atomic_exchange_n(&cancel->ctx, NULL, __ATOMIC_ACQ_REL);
    if (!c)
        return;
    cancel_tree(c, CO_CANCELED, false);
    if (c->has_timer) {
        co__timer_del(&c->timer); /* also when a parent or the timer cancelled it first */
        CO__RACE_ACQUIRE(&c->timer);
    }
    if (atomic_exchange(&c->creator_dropped, true))
        return;
    co__leak_unregister(&c->leak);
    co_ctx_release(c);
}
