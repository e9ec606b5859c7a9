/* select.c: co_select / co_select_try, as Go's selectgo. Cases are polled
 * in a random order; the channels are locked in address order (each once);
 * a ready case is taken at once, otherwise a waiter record is queued on
 * every channel and the goroutine parks. A CAS on a per-select flag lets
 * exactly one waker complete the select, so no message is lost or taken
 * twice. NULL channels are never ready. */
#include "chan_internal.h"

#include <stdlib.h>

#define SEL_STACK_CASES 8 /* larger selects allocate their scratch arrays */

typedef struct lockset {
    co_chan **chans; /* sorted by address, no duplicates */
    size_t    n;
} lockset;

static void lock_all(const lockset *ls)
{
    for (size_t i = 0; i < ls->n; i++)
        co__spin_lock(&ls->chans[i]->lock);
}

static void unlock_all(const lockset *ls)
{
    for (size_t i = 0; i < ls->n; i++)
        co__spin_unlock(&ls->chans[i]->lock);
}

/* Park callback. Once a lock is released a waker may resume the goroutine
 * on another worker, but it re-locks every channel before leaving select,
 * so the array stays valid until the last unlock; nothing is read after. */
static void unlock_all_cb(void *arg)
{
    const lockset *ls = arg;
    co_chan **chans = ls->chans;
    size_t n = ls->n;
    for (size_t i = 0; i < n; i++) {
        co_chan *ch = chans[i];
        co__spin_unlock(&ch->lock);
    }
}

static int cmp_chan(const void *a, const void *b)
{
    uintptr_t x = (uintptr_t)*(co_chan *const *)a, y = (uintptr_t)*(co_chan *const *)b;
    return (x > y) - (x < y);
}

static size_t sort_unique(co_chan **c, size_t n)
{
    if (n > 16) {
        qsort(c, n, sizeof *c, cmp_chan);
    } else {
        for (size_t i = 1; i < n; i++) {
            co_chan *v = c[i];
            size_t j = i;
            for (; j > 0 && (uintptr_t)c[j - 1] > (uintptr_t)v; j--)
                c[j] = c[j - 1];
            c[j] = v;
        }
    }
    size_t m = 0;
    for (size_t i = 0; i < n; i++)
        if (m == 0 || c[m - 1] != c[i])
            c[m++] = c[i];
    return m;
}

static bool valid_case(const co_case *c)
{
    return c->ch && (c->op == CO_OP_RECV || c->op == CO_OP_SEND);
}

/* Lock-free readiness check for a one-case select with default (Go's
 * non-blocking chansend/chanrecv fast path). false: certainly not ready at
 * one instant during the call; true: take the locked path. */
static bool maybe_ready(const co_case *c)
{
    co_chan *ch = c->ch;
    if (c->op == CO_OP_RECV) {
        bool empty = ch->cap == 0 ? CO__LOAD(&ch->sendq.head) == NULL
                                  : __atomic_load_n(&ch->qcount, __ATOMIC_ACQUIRE) == 0;
        return !empty || __atomic_load_n(&ch->closed, __ATOMIC_ACQUIRE);
    }
    if (__atomic_load_n(&ch->closed, __ATOMIC_ACQUIRE))
        return true;
    return ch->cap == 0 ? CO__LOAD(&ch->recvq.head) != NULL
                        : CO__LOAD(&ch->qcount) < ch->cap;
}

/* Tries case i with its channel locked. Returns true if it completed; *wake
 * is then the goroutine to ready once every lock is dropped. Sending on a
 * closed channel sets *closed_send instead. */
static bool try_case(co_case *c, co__g **wake, bool *closed_send)
{
    co_chan *ch = c->ch;
    *wake = NULL;
    if (c->op == CO_OP_RECV) {
        co__sudog *s = co__sudogq_dequeue(&ch->sendq);
        if (s) {
            *wake = co__chan_recv_from(ch, s, c->elem);
            c->ok = true;
            return true;
        }
        if (ch->qcount > 0) {
            co__chan_buf_take(ch, c->elem);
            c->ok = true;
            return true;
        }
        if (ch->closed) {
            co__chan_recv_closed(ch, c->elem);
            c->ok = false;
            return true;
        }
        return false;
    }
    if (ch->closed) {
        *closed_send = true;
        return true;
    }
    co__sudog *r = co__sudogq_dequeue(&ch->recvq);
    if (r) {
        *wake = co__chan_send_to(ch, r, c->elem);
        return true;
    }
    if (ch->qcount < ch->cap) {
        co__chan_buf_put(ch, c->elem);
        return true;
    }
    return false;
}

static int selectgo(co_case *cases, size_t n, bool block, uintptr_t pc)
{
    size_t poll_stack[SEL_STACK_CASES];
    co_chan *lock_stack[SEL_STACK_CASES];
    co__sudog sg_stack[SEL_STACK_CASES];
    size_t *poll = poll_stack;
    co_chan **locks = lock_stack;
    co__sudog *sg = sg_stack;
    void *heap = NULL;

    if (n > SEL_STACK_CASES) {
        heap = malloc(n * (sizeof *poll + sizeof *locks + sizeof *sg));
        if (!heap)
            co__panic_at(pc, "select: out of memory");
        sg = heap;
        poll = (size_t *)(sg + n);
        locks = (co_chan **)(poll + n);
    }

    /* Random poll order over the live cases (inside-out Fisher-Yates). */
    size_t live = 0;
    for (size_t i = 0; i < n; i++) {
        if (!valid_case(&cases[i]))
            continue;
        size_t j = live ? co__rand() % (live + 1) : 0;
        poll[live] = j == live ? i : poll[j];
        poll[j] = i;
        locks[live] = cases[i].ch;
        live++;
    }
    int taken = -1;
    if (live == 0) {
        free(heap);
        if (!block)
            return -1;
        for (;;) /* only NULL channels: blocks forever, as in Go */
            co__park(NULL, NULL, (co__wait_info){ n ? "select" : "select (no cases)", NULL, pc });
    }
    lockset ls = { locks, sort_unique(locks, live) };

    lock_all(&ls);
    for (size_t k = 0; k < live; k++) {
        size_t i = poll[k];
        co__g *wake;
        bool closed_send = false;
        if (!try_case(&cases[i], &wake, &closed_send))
            continue;
        unlock_all(&ls);
        free(heap);
        if (closed_send)
            co__panic_at(pc, "send on closed channel");
        if (wake)
            co__ready(wake, true);
        return (int)i;
    }
    if (!block) {
        unlock_all(&ls);
        free(heap);
        return -1;
    }

    /* Nothing ready: wait on every case. */
    co__sel sel = { .winner = NULL };
    atomic_init(&sel.done, 0);
    co__g *self = co__current();
    for (size_t k = 0; k < live; k++) {
        size_t i = poll[k];
        co_chan *ch = cases[i].ch;
        sg[k] = (co__sudog){ .g = self, .elem = cases[i].elem, .ch = ch, .sel = &sel, .case_idx = (int)i };
        CO__RACE_RELEASE(ch);
        co__sudogq_push(cases[i].op == CO_OP_RECV ? &ch->recvq : &ch->sendq, &sg[k]);
    }
    co__park(unlock_all_cb, &ls, (co__wait_info){ "select", cases, pc });

    /* Woken by the winner: unlink the losing records from their channels. */
    lock_all(&ls);
    co__sudog *win = sel.winner;
    for (size_t k = 0; k < live; k++) {
        if (&sg[k] == win || !sg[k].queued)
            continue;
        co_chan *ch = sg[k].ch;
        co__sudogq_remove(cases[sg[k].case_idx].op == CO_OP_RECV ? &ch->recvq : &ch->sendq, &sg[k]);
    }
    unlock_all(&ls);
    taken = win->case_idx;
    bool success = win->success;
    CO__RACE_ACQUIRE(win->ch);
    free(heap);
    if (cases[taken].op == CO_OP_SEND) {
        if (!success)
            co__panic_at(pc, "send on closed channel");
    } else {
        cases[taken].ok = success;
    }
    return taken;
}

int co_select(co_case *cases, size_t n)
{
    return selectgo(cases, n, true, CO__CALLER_PC());
}

int co_select_try(co_case *cases, size_t n)
{
    if (n == 1 && (!valid_case(&cases[0]) || !maybe_ready(&cases[0])))
        return -1;
    return selectgo(cases, n, false, CO__CALLER_PC());
}
