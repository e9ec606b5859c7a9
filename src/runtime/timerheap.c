/* timerheap.c: one global binary min-heap of co__tnode, O(log n) add and
 * delete, under a spinlock. Due timers fire on whichever worker looks
 * first, on its scheduler stack, without the heap lock held. Guarantee:
 * once co__timer_del() returns, the node's fire callback is not running
 * (the deleter waits for a callback that already started elsewhere). */
#include "core.h"
#include <limits.h>
#include <stdlib.h>

static unsigned heap_lock;
static co__tnode **heap;
static size_t heap_len, heap_cap;
static _Atomic int64_t earliest = INT64_MAX;
static _Atomic size_t npending;

void co__timers_reset(void)
{
    co__spin_lock(&heap_lock);
    for (size_t i = 0; i < heap_len; i++)
        heap[i]->heap_idx = -1;
    heap_len = 0;
    atomic_store(&earliest, INT64_MAX);
    atomic_store(&npending, 0);
    co__spin_unlock(&heap_lock);
}

void co__tnode_init(co__tnode *t, void (*fire)(co__tnode *, int64_t))
{
    t->when = 0;
    t->fire = fire;
    t->heap_idx = -1;
    t->heap_owner = 0;
}

static void set_at(size_t i, co__tnode *t)
{
    heap[i] = t;
    t->heap_idx = (int32_t)i;
}

static void sift_up(size_t i)
{
    co__tnode *t = heap[i];
    while (i > 0) {
        size_t parent = (i - 1) / 2;
        if (heap[parent]->when <= t->when)
            break;
        set_at(i, heap[parent]);
        i = parent;
    }
    set_at(i, t);
}

static void sift_down(size_t i)
{
    co__tnode *t = heap[i];
    for (;;) {
        size_t c = 2 * i + 1;
        if (c >= heap_len)
            break;
        if (c + 1 < heap_len && heap[c + 1]->when < heap[c]->when)
            c++;
        if (t->when <= heap[c]->when)
            break;
        set_at(i, heap[c]);
        i = c;
    }
    set_at(i, t);
}

static void publish(void)
{
    atomic_store(&earliest, heap_len ? heap[0]->when : INT64_MAX);
    atomic_store(&npending, heap_len);
}

static void remove_at(size_t i)
{
    co__tnode *t = heap[i];
    heap_len--;
    if (i != heap_len) {
        co__tnode *moved = heap[heap_len];
        set_at(i, moved);
        sift_down(i);
        sift_up((size_t)moved->heap_idx);
    }
    t->heap_idx = -1;
}

void co__timer_add(co__tnode *t, int64_t when)
{
    co__spin_lock(&heap_lock);
    if (t->heap_idx >= 0) {
        co__spin_unlock(&heap_lock);
        co__panic("co__timer_add: timer is already pending");
    }
    if (heap_len == heap_cap) {
        size_t cap = heap_cap ? heap_cap * 2 : 64;
        co__san_ignore_begin();
        co__tnode **h = realloc(heap, cap * sizeof *h);
        co__san_ignore_end();
        if (!h) {
            co__spin_unlock(&heap_lock);
            co__panic("out of memory growing the timer heap");
        }
        heap = h;
        heap_cap = cap;
    }
    t->when = when;
    heap[heap_len] = t;
    t->heap_idx = (int32_t)heap_len;
    heap_len++;
    sift_up(heap_len - 1);
    bool first = heap[0] == t;
    publish();
    co__spin_unlock(&heap_lock);
    /* A sleeping worker may be waiting for a later deadline. */
    if (first)
        co__wake_idle_worker();
}

bool co__timer_del(co__tnode *t)
{
    co__spin_lock(&heap_lock);
    if (t->heap_idx >= 0) {
        remove_at((size_t)t->heap_idx);
        publish();
        co__spin_unlock(&heap_lock);
        return true;
    }
    co__spin_unlock(&heap_lock);
    /* Not pending: its callback may be running on another worker right now
     * (it was marked under the heap lock before we looked); wait for it. */
    co__worker *self = co__self_worker();
    for (int i = 0; i < co__S.nprocs; i++) {
        co__worker *w = &co__S.workers[i];
        if (w == self)
            continue;
        unsigned spins = 0;
        while (atomic_load_explicit(&w->firing, memory_order_acquire) == t)
            co__spin_pause(&spins);
    }
    return false;
}

bool co__timers_pending(void)
{
    return atomic_load_explicit(&npending, memory_order_relaxed) != 0;
}

int64_t co__timers_next(void)
{
    return atomic_load_explicit(&earliest, memory_order_relaxed);
}

void co__timers_run(co__worker *w)
{
    if (!co__timers_pending())
        return;
    int64_t now = co_now();
    if (now < atomic_load(&earliest))
        return;
    for (int n = 0; n < 1024; n++) {
        co__spin_lock(&heap_lock);
        if (heap_len == 0 || heap[0]->when > now) {
            co__spin_unlock(&heap_lock);
            return;
        }
        co__tnode *t = heap[0];
        remove_at(0);
        publish();
        atomic_store_explicit(&w->firing, t, memory_order_relaxed);
        co__spin_unlock(&heap_lock);
        t->fire(t, now);
        /* t may be freed by now (only compared, never dereferenced). */
        atomic_store_explicit(&w->firing, NULL, memory_order_release);
    }
}
