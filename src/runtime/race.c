/* race.c: sanitizer annotations. Under TSan (CO_TSAN, set by meson) the
 * runtime itself is compiled without instrumentation; each goroutine is a
 * TSan fiber switched with no implicit synchronisation, and the primitives
 * create the happens-before edges explicitly (co__race_release/acquire),
 * so races between goroutines that share a worker are still reported.
 * Under ASan (CO_ASAN) every stack switch is announced with
 * __sanitizer_start/finish_switch_fiber. Without sanitizers all no-ops. */
#include "core.h"
#include <errno.h>
#include <stdlib.h>

#if defined(CO_TSAN)
void *__tsan_get_current_fiber(void);
void *__tsan_create_fiber(unsigned flags);
void __tsan_destroy_fiber(void *fiber);
void __tsan_switch_to_fiber(void *fiber, unsigned flags);
void __tsan_acquire(void *addr);
void __tsan_release(void *addr);
void __tsan_ignore_thread_begin(void);
void AnnotateBenignRaceSized(const char *file, int line, const volatile void *mem, size_t size,
                             const char *desc);
void __tsan_ignore_thread_end(void);
#define CO__TSAN_NO_SYNC 1 /* __tsan_switch_to_fiber_no_sync */
#endif

#if defined(CO_ASAN)
void __sanitizer_start_switch_fiber(void **fake_stack_save, const void *bottom, size_t size);
void __sanitizer_finish_switch_fiber(void *fake_stack_save, const void **bottom_old, size_t *size_old);
#endif

void co__san_ignore_begin(void)
{
#if defined(CO_TSAN)
    __tsan_ignore_thread_begin();
#endif
}

void co__san_ignore_end(void)
{
#if defined(CO_TSAN)
    __tsan_ignore_thread_end();
#endif
}

#if defined(CO_TSAN)
void co__race_release(const void *addr)
{
    __tsan_release((void *)addr);
}

void co__race_acquire(const void *addr)
{
    __tsan_acquire((void *)addr);
}
#endif

#if defined(CO_TSAN)
/* Every goroutine runs on a TSan fiber of its own (its own vector clock
 * and shadow call stack). GCC 12's TSan takes ~30 ms to create one on this
 * kind of machine (clang's ~0.2 ms), so fibers are pooled and reused: the
 * cost is paid once per peak number of live goroutines. CO_TSAN_FIBERS=N
 * caps the pool; goroutines beyond it run on their worker's own fiber
 * (releasing at every switch out, acquiring at every resume). That is only
 * sound with CO_PROCS=1: TSan's shadow call stack is per fiber, and a
 * fiberless goroutine that migrates unbalances two workers' stacks.
 * errno is the worker thread's TLS, shared by the fibers running there:
 * it is declared a benign race per worker (it is per goroutine in fact). */
static unsigned fib_lock;
static void **fib_pool;
static size_t fib_n, fib_cap;
static long fib_created, fib_max;
static bool fib_init;

static void *fiber_get(void)
{
    void *f = NULL;
    co__spin_lock(&fib_lock);
    if (!fib_init) {
        const char *e = getenv("CO_TSAN_FIBERS");
        fib_max = e && *e ? atol(e) : -1; /* -1: no limit */
        fib_init = true;
    }
    if (fib_n) {
        f = fib_pool[--fib_n];
    } else if (fib_max < 0 || fib_created < fib_max) {
        fib_created++;
        co__spin_unlock(&fib_lock);
        return __tsan_create_fiber(0);
    }
    co__spin_unlock(&fib_lock);
    return f;
}

static void fiber_put(void *f)
{
    co__spin_lock(&fib_lock);
    if (fib_n == fib_cap) {
        size_t cap = fib_cap ? fib_cap * 2 : 64;
        co__san_ignore_begin();
        void **p = realloc(fib_pool, cap * sizeof *p);
        co__san_ignore_end();
        if (!p) {
            co__spin_unlock(&fib_lock);
            return; /* leak the fiber */
        }
        fib_pool = p;
        fib_cap = cap;
    }
    fib_pool[fib_n++] = f;
    co__spin_unlock(&fib_lock);
}

static void switch_fiber(co__worker *w, void *f)
{
    if (w->tsan_cur_fiber != f) {
        __tsan_switch_to_fiber(f, CO__TSAN_NO_SYNC);
        w->tsan_cur_fiber = f;
    }
}

#endif

void co__san_worker_init(co__worker *w)
{
#if defined(CO_TSAN)
    w->tsan_sched_fiber = __tsan_get_current_fiber();
    w->tsan_cur_fiber = w->tsan_sched_fiber;
    /* Frees dead goroutines' stacks: it acquires their history, so the free
     * does not race with their last writes, and it never releases. */
    w->tsan_reaper_fiber = __tsan_create_fiber(0);
    /* The thread's TLS (errno) was initialised by this thread: goroutines
     * arriving here acquire this snapshot, and only it (no later history). */
    __tsan_release(&w->tsan_sched_fiber);
    /* errno is per goroutine (saved and restored at every switch), but it
     * lives in this thread's TLS, shared by the fibers that run here. */
    AnnotateBenignRaceSized(__FILE__, __LINE__, &errno, sizeof errno,
                            "errno: per goroutine, saved/restored by libcort at every switch");
#else
    (void)w;
#endif
}

void co__san_g_create(co__g *g)
{
#if defined(CO_TSAN)
    g->tsan_fiber = fiber_get();
#else
    (void)g;
#endif
}

void co__san_g_destroy(co__worker *w, co__g *g)
{
#if defined(CO_TSAN)
    if (g->tsan_fiber) {
        switch_fiber(w, w->tsan_reaper_fiber);
        __tsan_acquire(g);
        fiber_put(g->tsan_fiber);
        g->tsan_fiber = NULL;
    }
#else
    (void)w;
    (void)g;
#endif
}

#if defined(CO_TSAN)
static void *fiber_of(co__worker *w, co__g *g)
{
    return g && g->tsan_fiber ? g->tsan_fiber : w->tsan_sched_fiber;
}
#endif

#if defined(CO_ASAN) || defined(CO_TSAN)
void co__san_switch(co__worker *w, co__g *from, co__g *to, bool exiting)
{
#if defined(CO_ASAN)
    /* A NULL fake-stack slot tells ASan the leaving goroutine is gone. */
    void **save = from ? (exiting ? NULL : &from->asan_fake) : &w->asan_sched_fake;
    if (to)
        __sanitizer_start_switch_fiber(save, to->stack_lo, to->stack_size);
    else
        __sanitizer_start_switch_fiber(save, w->asan_sched_bottom, w->asan_sched_size);
    w->asan_from_sched = from == NULL;
#endif
#if defined(CO_TSAN)
    if (from && !from->tsan_fiber)
        __tsan_release(from);
    switch_fiber(w, fiber_of(w, to));
#endif
    (void)w;
    (void)from;
    (void)to;
    (void)exiting;
}

void co__san_arrived(co__worker *w, co__g *g)
{
#if defined(CO_ASAN)
    if (!g)
        __sanitizer_finish_switch_fiber(w->asan_sched_fake, NULL, NULL);
    else if (w->asan_from_sched) /* learn the bounds of the scheduler stack */
        __sanitizer_finish_switch_fiber(g->asan_fake, &w->asan_sched_bottom, &w->asan_sched_size);
    else
        __sanitizer_finish_switch_fiber(g->asan_fake, NULL, NULL);
#endif
#if defined(CO_TSAN)
    if (g && !g->tsan_fiber)
        __tsan_acquire(g); /* its previous steps ran on another fiber */
    if (g)
        __tsan_acquire(&w->tsan_sched_fiber);
#endif
    (void)w;
    (void)g;
}
#endif

/* The park step runs after the switch, on behalf of the parked goroutine:
 * TSan must see its lock release as that goroutine's. */
void co__san_enter_g_fiber(co__worker *w, co__g *g)
{
#if defined(CO_TSAN)
    switch_fiber(w, fiber_of(w, g));
#endif
    (void)w;
    (void)g;
}

void co__san_restore_fiber(co__worker *w)
{
#if defined(CO_TSAN)
    switch_fiber(w, fiber_of(w, w->cur));
#endif
    (void)w;
}

#if defined(CO_ASAN)
void __asan_unpoison_memory_region(const volatile void *addr, size_t size);
#endif

/* A cached stack starts a new life: forget the redzones the previous
 * goroutine left (ASan). Under TSan the previous owner released on the
 * block (g_exit) and the new one acquires it (g_entry), which orders
 * their uses of the stack memory. */
void co__san_stack_reuse(co__g *g)
{
#if defined(CO_ASAN)
    __asan_unpoison_memory_region(g->stack_lo, g->stack_size);
#endif
    (void)g;
}

