/* switch.c: builds the initial machine context of a new goroutine for the
 * assembly switchers (switch_x86_64.S, switch_aarch64.S) and, on other
 * targets, implements co__mctx_* on ucontext (slow: swapcontext makes a
 * sigprocmask syscall, so it is only a fallback). */
#include "core.h"
#include <stdint.h>
#include <string.h>

#if defined(CO_UCONTEXT)
#include <stdlib.h>

/* makecontext passes int arguments only: split the pointers. */
static void uc_entry(unsigned e_hi, unsigned e_lo, unsigned a_hi, unsigned a_lo)
{
    void (*entry)(void *) = (void (*)(void *))(((uintptr_t)e_hi << 16 << 16) | e_lo);
    void *arg = (void *)(((uintptr_t)a_hi << 16 << 16) | a_lo);
    entry(arg);
    abort();
}

void co__mctx_make(co__mctx *c, void *lo, size_t size, void (*entry)(void *), void *arg)
{
    uintptr_t e = (uintptr_t)entry, a = (uintptr_t)arg;
    getcontext(&c->uc);
    c->uc.uc_stack.ss_sp = lo;
    c->uc.uc_stack.ss_size = size;
    c->uc.uc_link = NULL;
    makecontext(&c->uc, (void (*)(void))uc_entry, 4,
                (unsigned)(e >> 16 >> 16), (unsigned)e, (unsigned)(a >> 16 >> 16), (unsigned)a);
}

void co__mctx_switch(co__mctx *from, co__mctx *to)
{
    swapcontext(&from->uc, &to->uc);
}

#else
void co__trampoline(void);

void co__mctx_make(co__mctx *c, void *lo, size_t size, void (*entry)(void *), void *arg)
{
    uintptr_t top = ((uintptr_t)lo + size) & ~(uintptr_t)15;
#if defined(__x86_64__)
    /* Popped by co__mctx_switch: r15 r14 r13 r12 rbx rbp, then ret. After
     * the ret rsp is 16-byte aligned, so the trampoline's call is ABI-correct. */
    uintptr_t *sp = (uintptr_t *)(top - 72);
    co__san_ignore_begin();
    memset(sp, 0, 72);
    co__san_ignore_end();
    sp[2] = (uintptr_t)arg;    /* r13 */
    sp[3] = (uintptr_t)entry;  /* r12 */
    sp[5] = 0;                 /* rbp */
    sp[6] = (uintptr_t)co__trampoline;
#elif defined(__aarch64__)
    /* Loaded by co__mctx_switch: x19..x30 then d8..d15 (160 bytes). */
    uintptr_t *sp = (uintptr_t *)(top - 160);
    co__san_ignore_begin();
    memset(sp, 0, 160);
    co__san_ignore_end();
    sp[0] = (uintptr_t)entry;  /* x19 */
    sp[1] = (uintptr_t)arg;    /* x20 */
    sp[10] = 0;                /* x29 */
    sp[11] = (uintptr_t)co__trampoline; /* x30 */
#else
#error "no assembly context switch for this CPU: build with -DCO_UCONTEXT"
#endif
    c->sp = sp;
}
#endif
