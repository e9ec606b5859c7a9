/* race.c: sanitizer annotations. Under TSan (CO_TSAN, set by meson) the
 * runtime itself is compiled without instrumentation; each goroutine is a
 * TSan fiber switched with no implicit synchronisation, and the primitives
 * create the happens-before edges explicitly (co__race_release/acquire),
 * so races between goroutines that share a worker are still reported.
 * Under ASan (CO_ASAN) every stack switch is announced with
 * __sanitizer_start/finish_switch_fiber. Without sanitizers all no-ops. */
#include "core.h"

#if defined(CO_TSAN)
void *__tsan_get_current_fiber(void);
void *__tsan_create_fiber(unsigned flags);
void __tsan_destroy_fiber(void *fiber);
void __tsan_switch_to_fiber(void *fiber, unsigned flags);
void __tsan_acquire(void *addr);
void __tsan_release(void *addr);
#define CO__TSAN_NO_SYNC 1 /* __tsan_switch_to_fiber_no_sync */
#endif

#if defined(CO_ASAN)
void __sanitizer_start_switch_fiber(void **fake_stack_save, const void *bottom, size_t size);
void __sanitizer_finish_switch_fiber(void *fake_stack_save, const void **bottom_old, size_t *size_old);
#endif

void co__race_release(const void *addr)
{
#if defined(CO_TSAN)
    __tsan_release((void *)addr);
#else
    (void)addr;
#endif
}

void co__race_acquire(const void *addr)
{
#if defined(CO_TSAN)
    __tsan_acquire((void *)addr);
#else
    (void)addr;
#endif
}

void co__san_worker_init(co__worker *w)
{
#if defined(CO_TSAN)
    w->tsan_sched_fiber = __tsan_get_current_fiber();
    /* Frees dead goroutines' stacks: it acquires their history, so the free
     * does not race with their last writes, and it never releases. */
    w->tsan_reaper_fiber = __tsan_create_fiber(0);
#else
    (void)w;
#endif
}

void co__san_g_create(co__g *g)
{
#if defined(CO_TSAN)
    g->tsan_fiber = __tsan_create_fiber(0);
#else
    (void)g;
#endif
}

void co__san_g_destroy(co__worker *w, co__g *g)
{
#if defined(CO_TSAN)
    __tsan_switch_to_fiber(w->tsan_reaper_fiber, CO__TSAN_NO_SYNC);
    __tsan_acquire(g);
    __tsan_destroy_fiber(g->tsan_fiber);
    g->tsan_fiber = NULL;
#else
    (void)w;
    (void)g;
#endif
}

void co__san_to_g(co__worker *w, co__g *g)
{
#if defined(CO_ASAN)
    __sanitizer_start_switch_fiber(&w->asan_sched_fake, g->stack_lo, g->stack_size);
#endif
#if defined(CO_TSAN)
    __tsan_switch_to_fiber(g->tsan_fiber, CO__TSAN_NO_SYNC);
#endif
    (void)w;
    (void)g;
}

void co__san_resumed_in_g(co__worker *w, co__g *g)
{
#if defined(CO_ASAN)
    /* Also learns the bounds of this worker's scheduler stack. */
    __sanitizer_finish_switch_fiber(g->asan_fake, &w->asan_sched_bottom, &w->asan_sched_size);
#endif
    (void)w;
    (void)g;
}

void co__san_to_sched(co__worker *w, co__g *g, bool exiting)
{
#if defined(CO_ASAN)
    /* NULL fake-stack slot: the goroutine's fake frames are freed. */
    __sanitizer_start_switch_fiber(exiting ? NULL : &g->asan_fake, w->asan_sched_bottom, w->asan_sched_size);
#endif
#if defined(CO_TSAN)
    __tsan_switch_to_fiber(w->tsan_sched_fiber, CO__TSAN_NO_SYNC);
#endif
    (void)w;
    (void)g;
    (void)exiting;
}

void co__san_resumed_in_sched(co__worker *w)
{
#if defined(CO_ASAN)
    __sanitizer_finish_switch_fiber(w->asan_sched_fake, NULL, NULL);
#endif
    (void)w;
}

/* The park step runs on the scheduler stack but on behalf of the parked
 * goroutine: TSan must see its lock release as the goroutine's. */
void co__san_enter_g_fiber(co__g *g)
{
#if defined(CO_TSAN)
    __tsan_switch_to_fiber(g->tsan_fiber, CO__TSAN_NO_SYNC);
#endif
    (void)g;
}

void co__san_leave_g_fiber(co__worker *w)
{
#if defined(CO_TSAN)
    __tsan_switch_to_fiber(w->tsan_sched_fiber, CO__TSAN_NO_SYNC);
#endif
    (void)w;
}
